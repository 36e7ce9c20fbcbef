## The live charts (analysis/figures/live.py, analysis/figures/survey.py): the note under a
## chart with controls, and the controls' own words.

# $deff, $level: the build's design effect and confidence level ("1.5", "95%");
# $methods: where the methods are explained (a cross-reference in the book).
chart-controls-note = The slider and the list below the figure change the design effect and the confidence level, and the figure is redrawn with the book's own methods; the text keeps the main setting (design effect { $deff }, { $level }). How the settings work: { $methods }.
# The gallery has no appendix to point to.
chart-controls-methods = the Methods appendix of the book
# The same in the book: a cross-reference to the Methods appendix.
chart-controls-methods-xref = @sec-methods
# Labels of the controls.
chart-control-deff = Design effect
chart-control-conf = Confidence level
