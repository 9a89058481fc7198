value = "module shadow"
