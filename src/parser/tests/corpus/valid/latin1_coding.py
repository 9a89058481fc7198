# -*- coding: latin-1 -*-
x = 'été'  # café
y = x
