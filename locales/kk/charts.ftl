## The live charts (analysis/figures/live.py, analysis/figures/survey.py): the note under a
## chart with controls, and the controls' own words.

# $deff, $level: the build's design effect and confidence level ("1,5", "95%");
# $methods: where the methods are explained (a cross-reference in the book).
chart-controls-note = Суреттің астындағы жүгірткі мен тізім арқылы дизайн эффектісін және сенімділік деңгейін өзгертуге болады: аралықтар мен белгілер кітаптың өз әдістерімен қайта салынады, ал мәтіндегі сандар негізгі нұсқа бойынша (дизайн эффектісі { $deff }, { $level } сенімділік аралықтары) қалады. Бұл нұсқалардың мәні: { $methods }.
# The gallery has no appendix to point to.
chart-controls-methods = кітаптың «Әдістер мен болжамдар» қосымшасы
# Кітапта: «Әдістер» қосымшасына сілтеме (C-қосымша).
chart-controls-methods-xref = [-@sec-methods]-қосымша
# Labels of the controls.
chart-control-deff = Дизайн эффектісі
chart-control-conf = Сенімділік деңгейі
