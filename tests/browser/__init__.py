# A package, so this folder's conftest.py does not replace tests/conftest.py
# as the module `conftest` that the other test files import from.
