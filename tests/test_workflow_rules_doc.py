"""docs/workflow.md shows the rule table the guards and the permission matrix use."""

from pathlib import Path

from django.core.management import call_command

from workflows.rules import RULES, replace_rules_in, rules_markdown

DOC = Path(__file__).resolve().parent.parent / "docs" / "workflow.md"


def test_docs_show_the_current_rule_table():
    text = DOC.read_text(encoding="utf-8")
    assert replace_rules_in(text) == text, (
        "docs/workflow.md is out of date: run `python manage.py workflow_rules --write`"
    )
    assert rules_markdown() in text
    for rule in RULES:
        assert f"| {rule.route} | {rule.label} |" in text


def test_workflow_rules_command_prints_the_table(capsys):
    call_command("workflow_rules")
    assert capsys.readouterr().out.strip() == rules_markdown()
