"""One builder per scenario: settings in, components out, stack outputs back. The catalog
(`program/catalog.py`) says which builder serves which scenario."""

from __future__ import annotations

from typing import Callable

from program.scenarios.common import Outputs
from program.settings import Settings


def builder_for(settings: Settings) -> Callable[[Settings], Outputs]:
    """The scenario's builder."""
    return settings.description.build()
