# keyword: kwlist, softkwlist, iskeyword, issoftkeyword
import keyword
print(keyword.kwlist)
print(keyword.softkwlist, keyword.__all__)
print([w for w in ['if', 'match', 'case', '_', 'print', 'None', 'async', 'type'] if keyword.iskeyword(w)])
print([w for w in ['if', 'match', 'case', '_', 'print', 'type'] if keyword.issoftkeyword(w)])
print(len(keyword.kwlist), keyword.iskeyword('True'), keyword.iskeyword('true'))
