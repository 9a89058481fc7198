# shutdown() runs at exit (registered with atexit when logging is imported): handlers are
# flushed and closed; an exit function registered earlier runs after it.
import atexit
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'app.log')


def check():
    print('closed:', fh.stream)
    with open(path) as f:
        print(repr(f.read()))
    os.remove(path)
    os.rmdir(d)


atexit.register(check)

import logging

logging.basicConfig(filename=path, filemode='w', format='%(levelname)s:%(message)s',
                    level=logging.INFO, encoding='utf-8')
fh = logging.root.handlers[0]
print(type(fh).__name__, fh.mode, fh.encoding, fh.baseFilename == path)
logging.info('first')
logging.warning('second: %s', 'é')


class Closing(logging.Handler):
    def emit(self, record):
        pass

    def close(self):
        print('closing', self.name)
        super().close()


c = Closing()
c.name = 'c1'
logging.getLogger('other').addHandler(c)
print('end of script')
