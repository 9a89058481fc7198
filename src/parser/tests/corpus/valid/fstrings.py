x = f'{a}' F"{b!r}" f'{c!s:>10}' fr'{d!a}\n' Rf"{e:{w}.{p}}" f"{{}}" f"{f'{g}'}"
y = f"{x=}" f"{x = !r:^20}" f"{x=:>5}" f"{'a' 'b'}" f"{ (yield) }"
z = f"""
  {a
   + b} {
c}
"""
w = "lit" f"{v}" "lit2" f"" ""
v = f"{x for x in y}" f"{a, b}" f"{x:{'>'}{10}}"
u = f'\N{EM DASH}{x}\t{{y}}'
