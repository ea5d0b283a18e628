"""Pieces of patterns every pack shares: names of networks and apps are the same in any language."""

from __future__ import annotations

from typing import Final

# Social networks, messengers and news apps a prompt asks to follow, join or share on.
NETWORK: Final = (
    r"(whatsapp|telegram|signal|viber|google news|apple news|flipboard|instagram|facebook|x|"
    r"twitter|youtube|tiktok|threads|bluesky|linkedin|pinterest|snapchat|reddit|mastodon|rss|"
    r"vk|vkontakte|вконтакте|ok|одноклассники|дзен|яндекс\.?дзен|weibo|微博|微信|wechat|line|"
    r"xing|wykop|douyin|抖音|bilibili|b站|知乎|小红书|note|kakao|rutube|max)"
)
# The separators between the buttons of a share bar on one line.
SEPARATORS: Final = r"[ |,/·•]+"
# Closing arrows of a call-to-action button.
ARROW: Final = r"( ?[›»→>])?"
