"""Integer args as integers, however the component was constructed."""


def whole_number(value: float) -> int:
    """`value` as an int. A program in another Pulumi language constructs the components through the
    component package, whose `Construct` hands integers over as floats (pulumi 3.272's
    ComponentProvider converts them to int, then overwrites that with the raw value): a port would
    read `8080.0` in a boot script or a Cloud Map attribute, and a count could not slice a list."""
    return int(value)
