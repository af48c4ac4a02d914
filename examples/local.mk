## Examples: applications (each reaches a different outcome, tier or amount
## rule), a batch, and a parameters file for what-if runs.
example_applications = \
	examples/qingdao-cross-domain.xml \
	examples/jinan-comprehensive.xml \
	examples/yantai-scaled.xml \
	examples/weifang-incomplete.xml \
	examples/zibo-ineligible.xml \
	examples/linyi-tier-none.xml \
	examples/weihai-national-cap.xml \
	examples/rizhao-region.xml
EXTRA_DIST += $(example_applications) examples/batch.xml examples/params/params-2019.xml

## Ledgers for the funding-misuse audit (5.4): one clean, one per category.
example_ledgers = \
	examples/ledgers/clean.xml \
	examples/ledgers/withholding.xml \
	examples/ledgers/misappropriation.xml \
	examples/ledgers/encroachment.xml \
	examples/ledgers/falsification.xml \
	examples/ledgers/fraud.xml
EXTRA_DIST += $(example_ledgers)

## A review record (procedure of 5.2) for QD-2019-007.
EXTRA_DIST += examples/review/review-QD-2019-007.xml

## The JSON twins of the applications and the batch (docs/json.md), made by
## tests/xml2json.py (tests/json.sh checks that they are up to date).
EXTRA_DIST += $(example_applications:examples/%.xml=examples/json/%.json) \
	examples/json/batch.json examples/json/batch.jsonl
