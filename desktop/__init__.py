"""CreditLedger (诚信台账): application shell, services and command line."""

__version__ = "0.1.0"
APP_NAME = "CreditLedger"
APP_NAME_ZH = "诚信台账"
