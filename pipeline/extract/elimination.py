"""Give a record's unnamed person labels to its person fields left empty.

After the walk, a record whose client (or worker) was not found, the other one
was, and which has exactly one label no field took whose value is one person's
name or a couple's (`Korban: Sdri. Endah Wijaya`, `With: Mr. Bayu Simanjuntak`,
`Foster carers: David and Grace Ellison`, the client's alone) holds that
name under words nobody listed: a record names its client and its worker, and
the name can be no one else's; a daily log, whose clients are its entries', names
its worker alone. The label is then that field's (`via`
"elimination") and no longer unmatched. With both missing and two such
labels, the classifier reads each label between the two fields and both are
filled only when it gives them one each; with both missing and one label, only
when the label names that field among all the type's short fields as well (a
choice between two is forced; `With` or `Korban` alone may name neither). A name carrying a degree (`Kartini
Pratama, A.KS`, `Yuni Harahap, S.Tr.Sos.`) is the worker's before any of that,
when it is the only one; a label listed for both people (`Student`) names the one the
other labels left empty; with both missing, one name addressed as people address a
client (`Ny. Sri Purnomo`: an honorific, no degree) is the client's. Labels giving the
same name count once; with more
names than empty fields, those opening with an honorific (`An.`, `Ibu`,
`Mr.`) are the people's. Any other count is left to review.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.extract.assemble import Orphan, RawField, RawRecord
from pipeline.extract.field_matcher import FieldMatcher
from pipeline.extract.lines import Line
from pipeline.extract.normalize import fold_words
from pipeline.extract.prose import may_sign
from pipeline.records import Unmatched
from pipeline.specs import FieldSpec

# Whom every case note names: its client and its worker (`x-identifies`).
RECORD_PEOPLE = ("client", "worker")
# A name signing is a given name and another at least.
MIN_SIGNED_WORDS = 2
# A record about its client names them again and again; a name or two in passing is not it.
MIN_MENTIONS = 3


def fill_by_elimination(
    raw: RawRecord, matcher: FieldMatcher, last_lines: Sequence[Line] = ()
) -> None:
    """Fill the record's empty person fields from its unnamed person labels, in place;
    `last_lines` are the record's last lines, where its writer signs."""
    _displace_guessed_worker(raw, matcher)
    _fill_empty(raw, matcher, _signatures(last_lines))
    _swap_by_degree(raw, matcher)


def _record_people(matcher: FieldMatcher) -> list[FieldSpec]:
    """Return the type's fields naming its client and its worker."""
    return [f for f in matcher.spec.fields if f.kind == "text" and f.identifies in RECORD_PEOPLE]


def _signatures(last_lines: Sequence[Line]) -> list[tuple[str, ...]]:
    """Return the folded words of the short lines among the last, where a name signs: not a
    label's line, which gives the name it holds, not a signature."""
    return [line.key.words for line in last_lines if may_sign(line) and line.label_value() is None]


def _signs(holder: Orphan, signatures: list[tuple[str, ...]]) -> bool:
    """Return True when the label's name, two words or more, stands in a signature line."""
    name = _person(holder)
    return len(name) >= MIN_SIGNED_WORDS and any(
        words[at : at + len(name)] == name
        for words in signatures
        for at in range(len(words) - len(name) + 1)
    )


def _swap_by_degree(raw: RawRecord, matcher: FieldMatcher) -> None:
    """Swap a client and a worker that words nobody listed gave the wrong way round: the
    name with a degree (`Samuel Ortiz, LCSW`) is the worker's, not the client's, when the
    worker's field holds a name without one (`Family member: Mr. Harold Finch`, which shares
    `member` with a worker's label). A listed synonym on either side is trusted."""
    fields = {f.identifies: raw.fields.get(f.name) for f in _record_people(matcher)}
    client, worker = fields.get("client"), fields.get("worker")
    if client is None or worker is None or "synonym" in (client.via, worker.via):
        return
    people = matcher.people
    if people.is_professional(client.text) and not people.is_professional(worker.text):
        client.name, worker.name = worker.name, client.name
        raw.fields[client.name], raw.fields[worker.name] = client, worker


def _fill_empty(raw: RawRecord, matcher: FieldMatcher, signatures: list[tuple[str, ...]]) -> None:
    people = _record_people(matcher)
    empty = [f.name for f in people if f.name not in raw.fields]
    if not any(f.identifies == "worker" for f in people) or not empty:
        return
    # Two labels giving the same name (`PA: Mark Dunne`, later `Personal adviser: Mark Dunne`)
    # name one person: the first stands for both.
    holders = list(
        {_person(o): o for o in reversed(raw.orphans) if _names_a_person(o, matcher)}.values()
    )[::-1]
    # Two people (`David and Grace Ellison`) are a client couple: a worker is one person.
    couples = [o for o in holders if not matcher.people.is_person_name(o.body)]
    client = next((f.name for f in people if f.identifies == "client" and f.name in empty), None)
    if client is not None and len(couples) == 1:
        _fill(raw, client, couples[0])
        empty.remove(client)
    holders = [o for o in holders if o not in couples]
    # A label listed for both people (`Student`) names the one the other labels left empty.
    for holder in list(holders):
        listed = matcher.people_listed(tuple(fold_words(holder.text)))
        left = [name for name in empty if name in listed]
        if len(listed) >= 2 and len(left) == 1:
            _fill(raw, left[0], holder)
            empty.remove(left[0])
            holders.remove(holder)
    worker = next(f.name for f in people if f.identifies == "worker")
    # The name the record is signed with (`Arvind Rawat Enterprise Coach, SLF Bhadrapur` in its
    # last lines) is its writer's, the worker's, whoever else the labels name.
    signers = [o for o in holders if _signs(o, signatures)]
    if worker in empty and len(signers) == 1:
        _fill(raw, worker, signers[0])
        empty.remove(worker)
        holders.remove(signers[0])
    # A name carrying a degree (`Kartini Pratama, A.KS`) is the worker's, whoever else is named.
    professionals = [o for o in holders if matcher.people.is_professional(o.body)]
    if worker in empty and len(professionals) == 1:
        _fill(raw, worker, professionals[0])
        empty.remove(worker)
        holders.remove(professionals[0])
    if len(holders) > len(empty):
        # `Co-facilitator (peer)` beside the worker's `Facilitator`: a label sharing a word with
        # a person's label already read names another of that kind, not the one left empty.
        filled = {
            w for f in people if f.name in raw.fields for w in fold_words(raw.fields[f.name].label)
        }
        holders = [o for o in holders if not filled & set(fold_words(o.text))]
    if client in empty and len(holders) > len(empty):
        # The client is whom the record is about: of several names, the one its text keeps
        # coming back to (`Member in focus: Destiny Okafor`, not `Group: Real Talk`).
        about = _most_mentioned(holders, raw, matcher)
        if about is not None:
            _fill(raw, client, about)
            empty.remove(client)
            holders.remove(about)
    if len(holders) > len(empty):
        # A value opening with an honorific (`An. Endah Santoso`) is surely a person's name;
        # two capitalised words alone (`Status Kasus: Dalam Penanganan`) may be a state.
        holders = [o for o in holders if matcher.people.has_honorific(o.body)] or holders
    if not empty or not holders or len(holders) > len(empty):
        return
    if len(empty) == 1:
        _fill(raw, empty[0], holders[0])
        return
    if len(holders) == 1 and client in empty and _addressed(holders[0].body, matcher):
        # One name, addressed as people address a client (`Ny. Sri Purnomo`), no degree.
        _fill(raw, client, holders[0])
        return
    # Both missing, one or two names: the classifier tells whose each label is, or nobody does.
    model = matcher.cascade.model
    if model is None:
        return
    labels = [" ".join(fold_words(o.text)) for o in holders]
    if len(holders) < len(empty):
        # One name for two fields: the choice between them is forced, so the label must name
        # its field among all the type's short fields too (`With`, `Korban` may not).
        guesses = [model.predict_agreed(labels[0], "", empty, matcher.short_value_names)]
    else:
        guesses = [model.predict(label, "", empty) for label in labels]
    names = [g.field for g in guesses if g is not None]
    if len(names) == len(holders) and len(set(names)) == len(names):
        for name, holder in zip(names, holders, strict=True):
            _fill(raw, name, holder)


def _fill(raw: RawRecord, name: str, holder: Orphan) -> None:
    raw.fields[name] = RawField(name, holder.text, holder.page, [holder.body], via="elimination")
    same = [o for o in raw.orphans if o.kind == "label" and _person(o) == _person(holder)]
    raw.orphans = [o for o in raw.orphans if o not in same]
    labels = {o.text for o in same}
    raw.unmatched = [u for u in raw.unmatched if not (u.kind == "label" and u.text in labels)]


def _displace_guessed_worker(raw: RawRecord, matcher: FieldMatcher) -> None:
    """Empty a worker only a degree guessed (`Field Instructor: Mark Delacroix, MSW`) when the
    client is named and a label listed for the worker among others (`Student: Hannah
    Okafor`) names someone else: the student wrote the recording, their supervisor holds the
    degree. The guessed label goes back to the unmatched."""
    by_role = {f.identifies: f.name for f in _record_people(matcher)}
    if len(by_role) < len(RECORD_PEOPLE):
        return
    worker, client = raw.fields.get(by_role["worker"]), raw.fields.get(by_role["client"])
    if worker is None or worker.via != "value" or client is None or client.via != "synonym":
        return
    holders = [o for o in raw.orphans if _names_a_person(o, matcher)]
    if not any(
        by_role["worker"] in matcher.people_listed(tuple(fold_words(o.text))) for o in holders
    ):
        return
    del raw.fields[worker.name]
    raw.unmatched.append(Unmatched(worker.label, "label", worker.page))


def _most_mentioned(holders: list[Orphan], raw: RawRecord, matcher: FieldMatcher) -> Orphan | None:
    """Return the holder whose given name (after any honorific) the record's sections name
    most, at least `MIN_MENTIONS` times and more than any other's, or None."""
    text = [w for f in raw.fields.values() for part in f.parts for w in fold_words(part)]

    def mentions(holder: Orphan) -> int:
        given = [w for w in holder.body.split() if not matcher.people.is_honorific(w)][:1]
        folded = fold_words(given[0]) if given else []
        return text.count(folded[0]) if folded else 0

    counts = sorted(((mentions(o), n) for n, o in enumerate(holders)), reverse=True)
    (best, at), runner_up = counts[0], (counts[1][0] if len(counts) > 1 else 0)
    return holders[at] if best >= MIN_MENTIONS and best > runner_up else None


def _person(orphan: Orphan) -> tuple[str, ...]:
    return tuple(fold_words(orphan.body))


def _names_a_person(orphan: Orphan, matcher: FieldMatcher) -> bool:
    return (
        orphan.kind == "label"
        and len(orphan.parts) == 1
        and matcher.people.names_people(orphan.body)
        and not matcher.names_another_type(tuple(fold_words(orphan.text)), holding=("text",))
        and not matcher.names_a_record(orphan.body)  # `Handout 2: Your First Process Recording`
    )


def _addressed(name: str, matcher: FieldMatcher) -> bool:
    people = matcher.people
    return people.has_honorific(name) and not people.is_professional(name)
