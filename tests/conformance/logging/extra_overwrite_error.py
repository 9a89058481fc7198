# extra= may not replace a LogRecord attribute: KeyError from makeRecord.
import logging
import sys

log = logging.getLogger('x')
log.addHandler(logging.StreamHandler(sys.stdout))
log.warning('custom field %(user)s', {'user': 'ann'}, extra={'user2': 1})
for key in ('message', 'asctime', 'levelname', 'funcName'):
    try:
        log.warning('m', extra={key: 1})
    except KeyError as e:
        print(repr(e))
log.error('m', extra={'lineno': 0})
