# Generated appendices: "Reproducing this book", the data sources, the downloads, the
# codebook, and the benchmark table. Paths, code names and checksums are placed as they are.

## Reproducing this book
repro-figures = Figures and tables
repro-processed = Processed tables
repro-software = Software of this build
repro-raw = Raw data files
repro-raw-intro = Each folder of `data/raw/` has a `source.yml` file that records where its files came from, what each holds, the lines of the article each transcribes and the sha256 checksum of each file; the pipeline stops when a file's checksum differs from the one recorded. The lists below are generated from those files. Each text field has a Kazakh twin, a field whose name ends in `_kk`. Appendix E (@sec-sources) describes the same sources for readers.
repro-topic-rules = Topic coding rules
repro-topic-rules-intro = The rules that sort the topics of the President's meetings into the domains of @tbl-topic-codebook, as the code applies them: a case-insensitive regular expression searched in the English paraphrase of each meeting's topics (`topic_en`); a domain is coded when any of its rules matches.
repro-time = Time per step
repro-kind-figure = figure
repro-kind-table = table
# $label, $function: code spans; $processed, $raw: lists of code spans.
repro-registry-item = { $label } ({ $kind }): made by { $function } from the processed tables { $processed }; raw files under `data/raw/`: { $raw }.
repro-output-item = { $table }: { $title }. Raw files under `data/raw/`: { $raw }.
repro-none = none
repro-software-intro = Versions in the environment that rendered this page, beside the versions locked in `uv.lock`:
repro-col-package = package
repro-col-version-build = version (this build)
repro-col-version-locked = version (uv.lock)
repro-not-installed = not installed
repro-not-locked = not locked
# The accessible name of a box that scrolls sideways; $name: what it holds.
scroll-box-label = { $name }, scrolls sideways

## The benchmark's table
bench-absent = No benchmark results yet: `{ $path }` does not exist. Run `{ $command }` on the reference machine to measure how long each step takes; this section then shows its table. No time is quoted until it is measured.
bench-head = Measured by `{ $command }` and read from `{ $path }`
bench-machine = , on:
bench-measurements = The measurements
bench-col-measure = measure
bench-col-item = item
bench-col-value = value
bench-col-target = target
# $target: the target as a number; $met: bench-target-yes or bench-target-no.
bench-target = ≤ { $target } ({ $met })
bench-target-plain = ≤ { $target }
bench-target-yes = met
bench-target-no = missed
bench-unit-s = s
bench-unit-bytes = bytes
bench-measure-pipeline-command = pipeline (fresh process)
bench-measure-artefacts-command = artefact step (fresh process)
bench-measure-gallery-command = gallery (fresh process)
bench-measure-chapter-execution = chapter's code at render time
bench-measure-figure-file = figure file size
bench-measure-chart-scripts = live charts' scripts, per edition
bench-measure-chart-scripts-gzip = live charts' scripts, gzipped
bench-measure-chart-first-render = charts drawn in Chromium (page load to last chart)
bench-measure-quarto-render = Quarto render
bench-measure-test-suite = test suite
bench-measure-baseline-build-warm = warm build of the baseline
bench-measure-build-clean = clean build
bench-measure-build-no-change = rebuild, nothing changed
bench-measure-build-changed-assumption = rebuild, one assumption changed
bench-measure-baseline-test-suite = test suite of the baseline
bench-measure-test-suite-vs-baseline = test suite (parallel workers)
bench-measure-ratio-no-change = ratio: rebuild with nothing changed to the baseline's build
bench-measure-ratio-changed-assumption = ratio: rebuild after a changed assumption to the baseline's build
bench-measure-ratio-test-suite = ratio: test suite to the baseline's
bench-measure-slowest-test = slowest test
bench-machine-date-measured = date measured
bench-machine-load-average-1-5-15-min-at-the-end = load average (1/5/15 min) at the end
bench-machine-cores = cores
bench-machine-cpu = cpu
bench-machine-memory = memory
bench-machine-system = system
bench-machine-python = python
bench-machine-packages = packages

## Data sources
source-field-title = Title
source-field-producer = Producer
source-field-citation-full = Citation
source-field-url-main = Where it comes from
source-field-date-accessed = Accessed
source-field-date-published = Published
source-field-license = Licence
source-field-description = What it is
source-field-summary = What it gives
source-extra-seed = source text
source-extra-seeds = source texts
source-extra-file = file
source-extra-lines = lines
source-extra-used_for = used for
source-files = Files:
source-bytes = { $n } bytes
# A locator in the article's text ($lines: "88–699"), or in another seed text ($seed: "002").
source-lines = article lines { $lines }
source-lines-other = source text { $seed }, lines { $lines }

## Downloads
downloads-package = a Frictionless Data Package describing every table below (fields, types, units, keys, sha256 checksums).
downloads-citation = how to cite this package and the article.
downloads-table = Table

## Codebook
codebook-type-date = date
codebook-type-integer = integer
codebook-type-number = number
codebook-type-boolean = boolean
codebook-type-text = text
codebook-one-of = one of: { $values }
codebook-matches = matches `{ $pattern }`
codebook-between = between { $low } and { $high }
codebook-unique = unique
codebook-required = required
codebook-files = { $title }. Files: `data/processed/{ $name }.csv` and `.parquet`. Built from: { $raw }.
codebook-no-raw = {""}
codebook-key = Key (unique together): { $columns }.
codebook-table-rules = Table rules: { $rules }.
codebook-unit = , in { $unit }
codebook-rules = *Rules:*

## Units of the codebook's columns (a unit not listed shows as the model gives it)
codebook-unit-date = date
codebook-unit-days = days
codebook-unit-fields = fields
codebook-unit-fraction = fraction
codebook-unit-line-numbers-of-the-article = line numbers of the article
codebook-unit-line-numbers-of-the-seed-file = line numbers of the seed file
codebook-unit-meetings = meetings
codebook-unit-meetings-per-month = meetings per month
codebook-unit-meetings-per-year = meetings per year
codebook-unit-months = months
codebook-unit-percent = percent
codebook-unit-percent-0-100 = percent (0-100)
codebook-unit-percent-of-the-2023-share = percent of the 2023 share
codebook-unit-percentage-points = percentage points
codebook-unit-person-meetings = person-meetings
codebook-unit-persons = persons
codebook-unit-persons-per-year = persons per year
codebook-unit-proportion = proportion
codebook-unit-ratio = ratio
codebook-unit-respondents = respondents
codebook-unit-respondents-estimate = respondents (estimate)
codebook-unit-seats = seats
codebook-unit-sessions = sessions
codebook-unit-sessions-per-year = sessions per year
codebook-unit-thousand-persons = thousand persons
codebook-unit-years = years
codebook-unit-years-of-age = years of age

## Links under every figure and table
links-csv = Data (CSV)
links-svg = SVG
links-png = PNG
links-vl = Vega-Lite spec
# The accessible name of a table's scroll box: "Table: <the caption's first sentence>".
scroll-box-table = Table: { $caption }

## The gallery page
gallery-title = Gallery: every figure and table of the book
gallery-heading = Every figure and table of the book
gallery-intro = The figures and tables exactly as the book embeds them, built from the processed tables without Quarto, each with its caption and links to the data it shows.
gallery-figure = Figure
gallery-table = Table
# The gallery's headings: one per chapter, in the book's order, with the chapter's title
# (as the chapter's own heading gives it), and the table of contents above them.
gallery-contents = Contents
gallery-chapter = { $number }. { $title }
gallery-chapter-count = { $count ->
    [one] one figure or table
   *[other] { $count } figures and tables
    }
gallery-chapter-rulebook = The rulebook
gallery-chapter-context = Context
gallery-chapter-composition = Composition
gallery-chapter-attitudes = Attitudes
gallery-chapter-communication = Communication role
gallery-chapter-claims = Claims audit
gallery-chapter-conclusion = The conclusion and the title claim
