"""The library's version, written only here: pyproject.toml reads it for the distribution, the
component package's plugin reports it, and `apigw_private.__version__` exports it (semantic versioning)."""

__version__ = "0.2.0"
