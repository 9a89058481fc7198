import sys
from os import sep
VALUE = "helper"
