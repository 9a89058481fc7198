a = 'abc' 'def
