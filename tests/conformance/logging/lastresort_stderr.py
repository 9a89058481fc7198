# With no handlers anywhere, records of WARNING and above go to logging.lastResort: the bare
# message on sys.stderr.
import logging
import sys

log = logging.getLogger('nothing.configured')
log.info('below the last resort level')
print(logging.lastResort.level, logging.root.handlers, log.hasHandlers())
sys.stderr = sys.stdout
log.warning('captured on stdout: %s', 'yes')
sys.stderr = sys.__stderr__
log.error('the last line of stderr %d', 42)
print('done')
