"""The rule registry: order from the rules' `reads`, refusal to disable a rule others read,
declarations that match what the rules ask, and a package without import circles."""

from __future__ import annotations

import ast
import importlib.util
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner

from cleaner import RULE_NAMES, Config, ConfigError
from cleaner.cli import main
from cleaner.rules import Context, Rule, doc_rule
from cleaner.rules.registry import READERS, RULES, TABLE, RuleOrderError, order_rules

ROOT = Path(__file__).resolve().parent.parent


def test_rules_are_the_table_in_its_order() -> None:
    # The table already lists every rule after what it reads: ordering changes nothing, so the
    # output is what the table's order gives.
    assert RULES == TABLE


def test_every_rule_runs_after_what_it_reads() -> None:
    position = {rule.name: n for n, rule in enumerate(RULES)}
    for rule in RULES:
        for read in rule.reads:
            assert position[read.name] < position[rule.name], (rule.name, read.name)


def test_order_moves_a_reader_after_what_it_reads() -> None:
    by_name = {rule.name: rule for rule in RULES}
    shuffled = tuple(reversed([r for r in RULES if r.per_line])) + tuple(
        reversed([r for r in RULES if not r.per_line])
    )
    ordered = order_rules(shuffled)
    position = {rule.name: n for n, rule in enumerate(ordered)}
    assert position["link_list_block"] > position["list_header"]
    assert sorted(position) == sorted(by_name)


def _doc(name: str, reads: tuple[Rule, ...] = ()) -> Rule:
    def run(ctx: Context) -> Iterable[int]:
        return []

    run.__name__ = name
    return doc_rule("test", reads=reads)(run)


def test_order_refuses_a_circle_and_a_missing_rule() -> None:
    first = _doc("first")
    second = _doc("second", reads=(first,))
    assert [r.name for r in order_rules((second, first))] == ["first", "second"]
    looped = _doc("first", reads=(second,))
    with pytest.raises(RuleOrderError, match="circle"):
        order_rules((looped, second))
    with pytest.raises(RuleOrderError, match="does not hold"):
        order_rules((second,))


def test_disabling_a_rule_that_others_read_is_refused_naming_them() -> None:
    with pytest.raises(ConfigError, match="cannot disable list_header alone: link_list_block"):
        Config(disabled=frozenset({"list_header"}))
    with pytest.raises(ConfigError, match="disable comment_thread too"):
        Config().with_disabled("widget_phrase")
    # With its readers it goes; a reader alone goes too.
    Config(disabled=frozenset({"list_header", "link_list_block"}))
    Config(disabled=frozenset({"link_list_block"}))


def test_cli_disable_of_a_read_rule_says_which_rules_read_it() -> None:
    result = CliRunner().invoke(main, ["clean", "-", "--disable", "appeal_phrase"], input="x\n")
    assert result.exit_code == 2
    assert "appeal_block" in result.output


def test_readers_are_the_declared_reads() -> None:
    assert READERS["list_header"] == ("link_list_block",)
    assert READERS["appeal_phrase"] == ("appeal_block",)
    assert READERS["edge_boilerplate"] == ()


def _rule_modules() -> list[Path]:
    return sorted((ROOT / "cleaner" / "rules").glob("*.py"))


def test_rules_ask_only_for_the_removals_they_declare() -> None:
    """Every `ctx.removed_by(x)` in a document rule names a rule of its `reads`, and no rule
    module compares a rule's name as a string (the hidden dependencies this replaced)."""
    declared = {rule.name: {read.name for read in rule.reads} for rule in RULES}
    asked: dict[str, set[str]] = {}
    for path in _rule_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in (n for n in tree.body if isinstance(n, ast.FunctionDef)):
            for node in ast.walk(fn):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "removed_by"
                    and node.args
                    and isinstance(node.args[0], ast.Name)
                ):
                    asked.setdefault(fn.name, set()).add(node.args[0].id)
        names = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
        assert not names & set(RULE_NAMES), f"{path.name} names a rule as a string: {names & set(RULE_NAMES)}"
    assert asked, "no rule asks ctx.removed_by: the check would pass on anything"
    for name, reads in asked.items():
        assert reads <= declared[name], f"{name} asks removed_by({reads - declared[name]}) without reads="
    for name, reads in declared.items():
        assert reads <= asked.get(name, set()), f"{name} declares reads={reads} it never asks"


def _import_graph_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("import_graph", ROOT / "scripts" / "import_graph.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_package_has_no_import_circle() -> None:
    script = _import_graph_script()
    graph = script.import_graph(ROOT)
    assert "cleaner.rules.registry" in graph["cleaner.config"]  # the graph sees real edges
    assert script.find_cycle(graph) is None


def test_the_circle_check_finds_a_circle() -> None:
    script = _import_graph_script()
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert script.find_cycle(graph) == ["a", "b", "c", "a"]
    assert script.find_cycle({"a": {"b"}, "b": set()}) is None


def test_late_imports_are_edges_and_type_checking_ones_are_not(tmp_path: Path) -> None:
    package = tmp_path / "cleaner"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from cleaner import b\n"
    )
    (package / "b.py").write_text("def f():\n    from cleaner.a import x\n")
    graph = _import_graph_script().import_graph(tmp_path)
    assert graph["cleaner.a"] == set() and graph["cleaner.b"] == {"cleaner.a"}
