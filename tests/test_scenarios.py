"""Scenario files: every step checked at load, one clear message naming file, line and step."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from robot.cli import app
from robot.scenarios import (
    VERBS,
    ExpectText,
    Fill,
    Locator,
    Measure,
    Probe,
    ScenarioError,
    Screenshot,
    WaitFor,
    load_scenario,
    parse_locator,
    parse_scenario,
)

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = sorted((ROOT / "scenarios").glob("*.yaml"))

GOOD = """\
name: letter
site: demo
description: 写信
steps:
  - goto: /hdjl/ldxx/
  - click: {role: link, name: 我要写信, nth: 0}
  - fill: {locator: {label: 信件标题}, value: 测试}
  - measure: {start: form}
  - wait_for: {state: load}
  - measure: {stop: form}
  - screenshot: form
"""


def test_shipped_scenarios_load_and_use_every_verb() -> None:
    assert len(SHIPPED) >= 4
    used: set[str] = set()
    for path in SHIPPED:
        scenario = load_scenario(path)
        assert scenario.site == "demo" and scenario.description
        assert any(s.verb == "screenshot" for s in scenario.steps), path.name
        assert any(s.verb == "measure" for s in scenario.steps), path.name
        used.update(s.verb for s in scenario.steps)
    assert used == set(VERBS)


def test_good_scenario_is_typed() -> None:
    s = parse_scenario(GOOD, "S.yaml")
    assert (s.name, s.site, s.slug, len(s.steps)) == ("letter", "demo", "letter", 7)
    assert [st.index for st in s.steps] == list(range(1, 8))
    assert s.steps[0].line == 5 and s.steps[6].line == 11
    click = s.steps[1].args
    assert click == type(click)(Locator("role", "link", name="我要写信", nth=0))
    assert s.steps[2].args == Fill(Locator("label", "信件标题"), "测试")
    assert s.steps[4].args == WaitFor(state="load")
    assert s.steps[3].args == Measure("start", "form")
    assert s.steps[6].args == Screenshot("form")
    assert s.steps[2].args_json() == {"locator": {"label": "信件标题"}, "value": "测试"}


def test_locator_shapes() -> None:
    assert parse_locator("我要写信") == Locator("text", "我要写信")
    assert parse_locator({"placeholder": "请输入关键词", "exact": True}) == Locator(
        "placeholder", "请输入关键词", exact=True
    )
    assert parse_locator({"css": "#ysqForm", "nth": -1}).describe() == 'css="#ysqForm" nth=-1'
    assert parse_locator({"role": "button", "name": "提交"}).describe() == 'role=button[name="提交"]'


def test_yaml_values_stay_text_where_yaml_11_would_guess() -> None:
    s = parse_scenario(
        "name: x\nsteps:\n  - expect_text: 2024-04-28\n  - fill: {locator: {label: 邮编}, value: 0123}\n"
        "  - expect_text: no\n  - probe: {kind: column, url: /col/gzdt/}\n  - wait_for: 250\n"
    )
    assert s.steps[0].args == ExpectText("2024-04-28")
    assert s.steps[1].args == Fill(Locator("label", "邮编"), "0123")
    assert s.steps[2].args == ExpectText("no")
    assert s.steps[3].args == Probe("column", "/col/gzdt/")
    assert s.steps[4].args == WaitFor(ms=250)


HEAD = "name: t\nsite: demo\nsteps:\n  - goto: /\n"  # the steps below start on line 5, as step 2


@pytest.mark.parametrize(
    ("steps", "line", "step", "words"),
    [
        # unknown verb
        ("  - clik: 提交\n", 5, "step 2", "unknown verb 'clik'"),
        ("  - goto: /\n    click: x\n", 5, "step 2", "exactly one verb; found goto, click"),
        ("  - just text\n", 5, "step 2", "one verb with its arguments"),
        # missing / extra argument
        ("  - fill: {locator: {label: 姓名}}\n", 5, "step 2 (fill)", "missing argument 'value'"),
        (
            "  - fill:\n      locator: {label: 姓名}\n      value: 张三\n      valu: x\n",
            8,
            "step 2 (fill)",
            "unknown argument 'valu'",
        ),
        ("  - press: {locator: {label: 姓名}}\n", 5, "step 2 (press)", "missing argument 'key'"),
        ("  - fill: 姓名\n", 5, "step 2 (fill)", "fill takes a mapping"),
        (
            "  - screenshot: {name: a, outline: {css: p}}\n",
            5,
            "step 2 (screenshot)",
            "unknown argument 'outline'",
        ),
        ("  - measure: {start: a, stop: a}\n", 5, "step 2 (measure)", "exactly one of start or stop"),
        ("  - expect_text:\n", 5, "step 2 (expect_text)", "non-empty text"),
        # bad locator shape
        ("  - click: {role: button, label: 提交}\n", 5, "step 2 (click)", "exactly one of role, label"),
        ("  - click: {rol: button}\n", 5, "step 2 (click)", "exactly one of"),
        ("  - click: [提交]\n", 5, "step 2 (click)", "a locator must be text or a mapping"),
        ("  - click: {label: 提交, name: x}\n", 5, "step 2 (click)", "'name' belongs to a role locator"),
        ("  - click: {role: buton, name: 提交}\n", 5, "step 2 (click)", "did you mean 'button'"),
        ("  - click:\n      css: p\n      nth: first\n", 7, "step 2 (click)", "nth must be a whole number"),
        (
            "  - fill: {locator: {label: 姓名, exakt: true}, value: x}\n",
            5,
            "step 2 (fill)",
            "unknown locator key 'exakt'",
        ),
        # values
        ("  - wait_for: {state: idle}\n", 5, "step 2 (wait_for)", "load, domcontentloaded, networkidle"),
        ("  - wait_for: 600000\n", 5, "step 2 (wait_for)", "from 0 to 60000"),
        ("  - probe: {kind: mailbox}\n", 5, "step 2 (probe)", "message_board, application, guide, column"),
        ("  - screenshot: 'a/b'\n", 5, "step 2 (screenshot)", "file name"),
        # measures must pair up
        ("  - measure: {stop: a}\n", 5, "step 2 (measure)", "never started"),
        ("  - measure: {start: a}\n  - goto: /x\n", 5, "step 2 (measure)", "never stopped"),
    ],
)
def test_bad_step_names_file_line_and_step(steps: str, line: int, step: str, words: str) -> None:
    with pytest.raises(ScenarioError) as info:
        parse_scenario(HEAD + steps, "scenarios/t.yaml")
    e = info.value
    assert (e.path, e.line, e.step) == ("scenarios/t.yaml", line, step)
    assert words in str(e)
    assert str(e).startswith(f"scenarios/t.yaml:{line}: {step}: ")


@pytest.mark.parametrize(
    ("text", "line", "field", "words"),
    [
        ("site: demo\nsteps:\n  - goto: /\n", 1, "name", "is required"),
        ("name: t\nsite: Demo\nsteps:\n  - goto: /\n", 2, "site", "[a-z0-9-]+"),
        ("name: t\nstep:\n  - goto: /\n", 2, "step", "did you mean 'steps'"),
        ("name: t\nsteps: []\n", 2, "steps", "at least one step"),
        ("name: t\nsteps:\n  - goto: {url: /\n", 4, "", "not valid YAML"),
        ("- goto: /\n", 1, "", "a scenario is a mapping"),
    ],
)
def test_bad_scenario_file_names_line_and_field(text: str, line: int, field: str, words: str) -> None:
    with pytest.raises(ScenarioError) as info:
        parse_scenario(text, "t.yaml")
    assert (info.value.line, info.value.step) == (line, field)
    assert words in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match="no such file"):
        load_scenario(tmp_path / "nope.yaml")


def test_cli_exits_2_with_one_message_before_any_browser(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(HEAD + "  - fill: {locator: {label: 姓名}}\n", encoding="utf-8")
    evidence = tmp_path / "evidence"
    result = CliRunner().invoke(app, ["replay", str(bad), "--evidence", str(evidence)])
    assert result.exit_code == 2
    assert f"{bad}:5: step 2 (fill): missing argument 'value'" in " ".join(result.output.split())
    assert not evidence.exists()  # nothing written


def test_cli_exits_2_for_a_site_it_cannot_find(tmp_path: Path) -> None:
    scenario = tmp_path / "s.yaml"
    scenario.write_text("name: s\nsite: xinfeng\nsteps:\n  - goto: /\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["replay", str(scenario), "--evidence", str(tmp_path / "ev")])
    assert result.exit_code == 2 and "give --config" in result.output
    config = tmp_path / "sites.yaml"
    config.write_text("sites:\n  - {id: other, name: 另一个, url: 'http://127.0.0.1:9/'}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["replay", str(scenario), "--config", str(config)])
    assert result.exit_code == 2 and "no site with id 'xinfeng'" in result.output
    assert not (tmp_path / "ev").exists()
