"""Content analysis below the rules: pure functions of text and bytes (personal data in
``privacy``, word lists in ``lexicon``, linked documents' text in ``attachments`` …).

Nothing here imports the browser, the store or the rules.
"""
