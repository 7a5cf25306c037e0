"""The one distinction every caller needs: an error written for the user, or a bug.

Errors that subclass :class:`UserError` carry a complete Chinese message naming the file, row or
field concerned; the CLI prints it and exits 1, the GUI shows it in a message box. Any other
exception is a programming error and goes to the crash report.
"""


class UserError(Exception):
    """Refused input or an environment problem, with a message meant for the user."""
