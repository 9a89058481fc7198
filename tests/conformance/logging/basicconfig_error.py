# basicConfig's argument checks: uncaught ValueError.
import logging
import sys

try:
    logging.basicConfig(unknown=1)
except ValueError as e:
    print(e, len(logging.root.handlers))
logging.root.handlers.clear()
try:
    logging.basicConfig(level='LOUD', stream=sys.stdout)
except ValueError as e:
    print(e)
logging.root.handlers.clear()
try:
    logging.basicConfig(format='no fields', style='{', stream=sys.stdout)
except ValueError as e:
    print(e, logging.root.handlers)
logging.basicConfig(stream=sys.stdout, filename='log.txt')
