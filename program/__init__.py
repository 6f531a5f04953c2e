"""The apigw-private program: stack config → settings → scenario → components."""
