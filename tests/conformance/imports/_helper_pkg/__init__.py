pkg_value = "pkg"
