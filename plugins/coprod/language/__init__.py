"""The shared language layer: one understanding of English for the rules and the easy read generator.

Sentences, abbreviations, the lexicon of plainer words, numbers and passive
voice live here, each in a module of its own, so that a check and the
generator never disagree about the same words.
"""
