"""The rulebook of the argument ledger: one rule per type of claim, as data.

Source: data/raw/article/verdict_rules.csv (one row per rule: the claims it judges, the
evidence it accepts, its threshold or margin, what it looks at, why) and
data/raw/article/verdict_outcomes.csv (one row per rule and outcome: when the rule finds it
and the verdict it yields). Both are this project's own, in English and Kazakh.

Every row of the argument ledger names its rule (arguments.csv ``rule``). A computed check
returns an *outcome* of its rule; a judgement row records its outcome (``outcome``); the
verdict is then looked up here (:func:`verdict_of`), so two claims with the same outcome
under the same rule always get the same verdict. :func:`rule_problems` lists every row whose
rule is unknown, does not accept the row's kind of evidence, lacks the scale a survey rule
needs, or names an outcome the rule does not have.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from analysis.errors import Problem
from analysis.outputs import Output, RawTables
from analysis.paths import raw_label
from analysis.schemas.raw import VerdictOutcomesRaw, VerdictRulesRaw

RULES_PATH = "article/verdict_rules.csv"
OUTCOMES_PATH = "article/verdict_outcomes.csv"
#: Rules that judge survey shares: a claim judged by one must say whom it speaks of.
SURVEY_RULES = ("level", "change", "stability")


class RuleError(LookupError):
    """A rule or outcome the rulebook does not have."""


def verdict_of(outcomes: pd.DataFrame, rule: str, outcome: str) -> str:
    """The verdict the rulebook gives to ``outcome`` under ``rule`` (``verdict_outcomes``).

    Raises :class:`RuleError` naming the rule and outcome when the pair is not in the table.
    """
    rows = outcomes[(outcomes["rule_id"] == rule) & (outcomes["outcome"] == outcome)]
    if len(rows) != 1:
        known = ", ".join(outcomes.loc[outcomes["rule_id"] == rule, "outcome"]) or "none"
        raise RuleError(
            f"rule '{rule}' has no outcome '{outcome}' in {OUTCOMES_PATH} (its outcomes: {known})"
        )
    return str(rows["verdict"].iloc[0])


def rule_value(rules: pd.DataFrame, rule: str, column: str) -> float:
    """The ``threshold`` or ``margin`` of ``rule`` (a number). Raises :class:`RuleError` when
    the rule is unknown or has no such value."""
    rows = rules[rules["rule_id"] == rule]
    if rows.empty or pd.isna(rows[column].iloc[0]):
        raise RuleError(f"{RULES_PATH}: rule '{rule}' has no {column}")
    return float(rows[column].iloc[0])


def rule_problems(
    arguments: pd.DataFrame, rules: pd.DataFrame, outcomes: pd.DataFrame, path: str
) -> list[Problem]:
    """Problems of the ledger's rows against the rulebook, one per row and column: the rule
    is unknown (column ``rule``); it does not accept the row's ``evidence``; a survey rule
    (:data:`SURVEY_RULES`) without a ``scale``; a judgement ``outcome`` the rule lacks.
    ``arguments`` is the validated arguments.csv (file order; line = index + 2)."""
    problems: list[Problem] = []
    by_id = rules.set_index("rule_id")
    label = raw_label(path)
    for i, row in arguments.iterrows():
        line = int(i) + 2
        rule = row["rule"]
        if rule not in by_id.index:
            problems.append(
                Problem(
                    label,
                    line,
                    "rule",
                    f"claim {row['claim_id']}: no rule '{rule}' in {RULES_PATH} "
                    f"(rules: {', '.join(by_id.index)})",
                )
            )
            continue
        accepted = by_id.loc[rule, "evidence"].split("; ")
        if row["evidence"] not in accepted:
            problems.append(
                Problem(
                    label,
                    line,
                    "evidence",
                    f"claim {row['claim_id']}: rule '{rule}' does not judge evidence "
                    f"'{row['evidence']}' (it accepts: {', '.join(accepted)})",
                )
            )
        if rule in SURVEY_RULES and not isinstance(row["scale"], str):
            problems.append(
                Problem(
                    label,
                    line,
                    "scale",
                    f"claim {row['claim_id']}: rule '{rule}' judges survey shares, so the "
                    "claim must say whom it speaks of (respondents, aware or adults)",
                )
            )
        outcome = row["outcome"]
        if isinstance(outcome, str):
            try:
                verdict_of(outcomes, rule, outcome)
            except RuleError as exc:
                problems.append(Problem(label, line, "outcome", f"claim {row['claim_id']}: {exc}"))
    return problems


class VerdictRules(VerdictRulesRaw):
    """The rulebook, in its order, with how many outcomes each rule has. Key: ``rule_id``."""

    outcomes: int = pa.Field(ge=1, description="Outcomes the rule can find (verdict_outcomes).")

    class Config:
        strict = True
        ordered = True


class VerdictOutcomes(VerdictOutcomesRaw):
    """Each rule's outcomes and the verdict each yields, in rulebook order. Key: ``rule_id,
    outcome``."""

    class Config:
        strict = True
        ordered = True
        unique = ["rule_id", "outcome"]


def build_rules(raw: RawTables, _: dict) -> pd.DataFrame:
    """The rulebook in ``rule_order``, with the count of its outcomes. Raises
    :class:`RuleError` when a rule has no outcome or an outcome names an unknown rule."""
    rules = raw[RULES_PATH].sort_values("rule_order").reset_index(drop=True)
    outcomes = raw[OUTCOMES_PATH]
    unknown = sorted(set(outcomes["rule_id"]) - set(rules["rule_id"]))
    if unknown:
        raise RuleError(f"{OUTCOMES_PATH}: outcomes of unknown rules {', '.join(unknown)}")
    counts = outcomes["rule_id"].value_counts()
    rules["outcomes"] = rules["rule_id"].map(counts).fillna(0).astype(int)
    empty = rules.loc[rules["outcomes"] == 0, "rule_id"].tolist()
    if empty:
        raise RuleError(f"{RULES_PATH}: rules without outcomes {', '.join(empty)}")
    return rules


def build_outcomes(raw: RawTables, built: dict) -> pd.DataFrame:
    """The outcomes, in the rulebook's order (file order within a rule)."""
    order = {r: i for i, r in enumerate(built["verdict_rules"]["rule_id"])}
    out = raw[OUTCOMES_PATH].copy()
    out["_o"] = out["rule_id"].map(order)
    return out.sort_values("_o", kind="stable").drop(columns="_o").reset_index(drop=True)


OUTPUTS = [
    Output(
        "verdict_rules",
        build_rules,
        VerdictRules,
        (RULES_PATH, OUTCOMES_PATH),
        "The rulebook: one rule per type of claim, with its threshold and why",
    ),
    Output(
        "verdict_outcomes",
        build_outcomes,
        VerdictOutcomes,
        (OUTCOMES_PATH,),
        "What each rule can find, and the verdict it yields",
    ),
]
