from . import __name__ as parent_name
inner_value = "inner"
