"""The command line: one thin module per `casenotes` sub-command.

Each command parses options, loads the schemas once, calls into the wings
below and prints. `common` holds the option groups and the console helper the
commands share. Imported lazily by `pipeline.cli`, so `casenotes --help`
loads none of them.

May import: everything else in the package.
"""
