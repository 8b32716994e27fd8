"""EVTDesk: an offline, encrypted logbook for endovascular thrombectomy (EVT) training."""

__version__ = "0.1.0"
