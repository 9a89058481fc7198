'\N{nonexistent}'
