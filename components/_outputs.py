"""Input lists as outputs of what they resolve to."""

from typing import Sequence, cast

import pulumi


def strings(value: pulumi.Input[Sequence[pulumi.Input[str]]]) -> pulumi.Output[Sequence[str]]:
    """`value` as an output of its strings. `Output.from_input` resolves the inputs inside a list too;
    its annotation (`Output[Sequence[Input[str]]]`) does not say so."""
    return cast(pulumi.Output[Sequence[str]], pulumi.Output.from_input(value))
