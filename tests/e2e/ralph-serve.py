"""Starts Ralph's LRS API (ralph-malph 5.1.0) on 127.0.0.1 for the end-to-end tests and the
benchmark: `python ralph-serve.py <port>`, configured by RALPH_* environment variables
(tests/e2e/lrs.mjs sets them: file-system backend, basic-auth file, CORS origins).

Why not `ralph runserver`: it starts uvicorn with `reload=True` (a watcher process), and
Ralph's file-system backend writes with the `CREATE` operation by default, so the second
statement fails ("fs_lrs.jsonl already exists"). Ralph 5.1.0 has no setting for that
operation type (checked in ralph/conf.py and ralph/backends/data/fs.py), so it is switched to
`APPEND` here, on the class, before the API module creates its backend.
"""

import sys

from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

import uvicorn  # noqa: E402  (after the switch above, on purpose)

uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
