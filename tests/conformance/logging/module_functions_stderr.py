# The module-level functions configure the root logger with basicConfig() on first use:
# BASIC_FORMAT on sys.stderr.
import logging

print(logging.root.handlers)
logging.info('not shown: the root level is WARNING')
print(len(logging.root.handlers), logging.root.handlers[0].formatter._fmt)
logging.error('root says %s', 'hello')
