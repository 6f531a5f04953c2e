"""Tooling around the program: stack files, the offline mocks and recorder, the offline plan, the
Automation API engine, the diagram, `--config` keys, exit codes and estimates. The program itself
(`program/`) imports none of it."""
