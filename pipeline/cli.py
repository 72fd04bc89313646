"""The `casenotes` command line: a thin layer over the library.

Sub-commands live in their own modules and are imported only when invoked,
so `casenotes --help` starts without loading spaCy or the PDF readers.
"""

from __future__ import annotations

import importlib

import click

from pipeline.version import __version__

# name -> "module:click command object". Order is the order shown in --help.
_COMMANDS: dict[str, tuple[str, str]] = {
    "inspect": (
        "pipeline.commands.inspect_cmd:inspect_command",
        "Show the document model of one file.",
    ),
    "process": (
        "pipeline.commands.process_cmd:process_command",
        "Turn case notes into JSON records.",
    ),
    "schema": ("pipeline.commands.schema_cmd:schema_command", "List or show the record schemas."),
    "evaluate": (
        "pipeline.commands.evaluate_cmd:evaluate_command",
        "Score predictions against gold records.",
    ),
    "summarize": (
        "pipeline.commands.summarize_cmd:summarize_command",
        "Write DOCX summaries from JSON records.",
    ),
    "audit": (
        "pipeline.commands.audit_cmd:audit_command",
        "Completeness audit of a run (HTML, CSV).",
    ),
    "export": (
        "pipeline.commands.export_cmd:export_command",
        "De-identified research export of a run.",
    ),
    "headings": (
        "pipeline.commands.headings_cmd:headings_command",
        "Headings no schema field knows yet.",
    ),
    "review": (
        "pipeline.commands.review_cmd:review_command",
        "Check and correct a run beside its pages.",
    ),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(_COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in _COMMANDS:
            return None
        target, _ = _COMMANDS[cmd_name]
        module, _, attr = target.partition(":")
        command: click.Command = getattr(importlib.import_module(module), attr)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # Short help comes from the table so --help imports no sub-command module.
        with formatter.section("Commands"):
            formatter.write_dl([(name, short) for name, (_, short) in _COMMANDS.items()])


# Sub-commands inherit the help option names from the group's context.
@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="casenotes")
def main() -> None:
    """casenotes: social-work case notes (PDF, scanned PDF, Word; Indonesian or English)
    into structured, validated records.

    Example: casenotes process samples/ --out out/
    """
