print foo.
