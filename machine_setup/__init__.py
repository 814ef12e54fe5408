"""What `make run` and `make test` need from the machine, checked (and got) before anything slow.

Standard library only: these modules run on the system Python, before `.venv` exists.
"""
