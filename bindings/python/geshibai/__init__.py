"""The Shandong industrial-internet "个十百" platform measures (2018), in Python.

A thin, Pythonic layer over libgeshibai (through the SWIG module
``geshibai.core``)::

    import geshibai
    with geshibai.Policy() as policy:
        d = policy.evaluate_file("application.xml")
        print(d.outcome, d.tier, d.granted)
        for item in policy.evaluate_batch("batch.xml"):
            print(item.to_dict())
        with policy.compare(geshibai.Policy("reform.xml"), ["batch.xml"]) as w:
            print(w.total_a, w.total_b, w.difference)
        html = policy.programme_report(["batch.xml"])

Errors of the library are raised as :class:`Error` subclasses, one per status
code. Handles (:class:`Policy`, :class:`Decision`, :class:`Batch`) are freed by
``close()`` or a ``with`` block; closing again does nothing, using a closed
handle raises :class:`ClosedError`. Evaluation releases the GIL, so several
threads may evaluate with one policy at once. Any object may be shared by
threads: a call in progress keeps it alive while another thread closes it.
"""

import datetime as _datetime
import decimal as _decimal
import enum as _enum
import errno as _errno
import json as _json
import os as _os
import tempfile as _tempfile
import threading as _threading
import typing as _typing

from . import core as _core

__all__ = [
    "Error", "InternalError", "InvalidArgument", "OutOfMemory", "IOError", "ParseError",
    "SchemaError", "InputError", "FileNotFound", "PermissionDenied", "AmountOverflow",
    "StateError", "NotFound", "ClosedError",
    "Outcome", "Tier", "Instrument", "Industry", "Relation", "Misuse",
    "Policy", "Decision", "Batch", "Audit", "Flag", "Check", "Criterion", "InstrumentAmounts",
    "Need", "Potential",
    "IndustryMatch", "UsccInfo", "ReviewState", "Review", "HistoryEntry", "WhatIf",
    "Change", "ChangeSide",
    "lookup_industry", "validate_uscc", "amount_in_words", "version", "default_lang",
    "to_dataframe", "Param",
]

_EPOCH = _datetime.date(1970, 1, 1)
_DATE_NONE = -2 ** 31  # GSB_DATE_NONE: no date
_CENT = _decimal.Decimal("0.01")


# ---------------------------------------------------------------- errors

class Error(Exception):
    """An error reported by libgeshibai.

    Attributes: ``code`` (the negative status code), ``status`` (its name,
    e.g. ``"GSB_ESCHEMA"``), ``message`` (English text), ``file``, ``line``,
    ``element`` and ``application`` (``None`` / ``0`` when not known).
    """

    #: the status code of this class (None: any)
    code_value = None

    def __init__(self, message="", code=None, file=None, line=0, element=None,
                 application=None):
        super().__init__(message)
        self.code = code if code is not None else (self.code_value or _core.GSB_ERROR)
        self.message = message
        self.file = file
        self.line = line or 0
        self.element = element
        self.application = application
        self._audit = False  # set for errors of an audit: to_dict() names the ledger

    @property
    def status(self):
        """The name of the status code (``"GSB_EIO"``, ...)."""
        return _core.gsb_status_name(self.code)

    def __str__(self):
        where = []
        if self.file:
            where.append(self.file)
        if self.line:
            where.append("line %d" % self.line)
        if self.element:
            where.append(self.element)
        text = self.message or self.status
        return "%s: %s" % (", ".join(where), text) if where else text

    def to_dict(self, lang=None):
        """The error entry exactly as in the CLI's JSON report
        (``{"error": ..., "application": ..., "line": ..., ...}``)."""
        return _json.loads(_core.gsbx_error_report(
            int(getattr(self, "_audit", False)), self.code, self.message, self.file, self.line, self.element, self.application,
            _core.GSB_FORMAT_JSON, _lang(lang)))


class InternalError(Error):
    """An internal error of the library (GSB_ERROR: a bug, please report)."""
    code_value = _core.GSB_ERROR


class InvalidArgument(Error, ValueError):
    """An invalid argument (GSB_EINVAL): malformed date, unknown code, bad UTF-8."""
    code_value = _core.GSB_EINVAL


class OutOfMemory(Error, MemoryError):
    """The library ran out of memory (GSB_ENOMEM)."""
    code_value = _core.GSB_ENOMEM


class IOError(Error, OSError):  # noqa: A001 - geshibai.IOError, as the status is named
    """A file could not be read or written (GSB_EIO)."""
    code_value = _core.GSB_EIO

    def __init__(self, *args, **kwargs):
        Error.__init__(self, *args, **kwargs)

    def __str__(self):
        return Error.__str__(self)


class FileNotFound(IOError, FileNotFoundError):
    """An input file that does not exist (GSB_EIO; also a FileNotFoundError)."""


class PermissionDenied(IOError, PermissionError):
    """An input file that may not be read (GSB_EIO; also a PermissionError)."""


class ParseError(Error, ValueError):
    """The input is not well-formed XML, or is refused (DOCTYPE) (GSB_EPARSE)."""
    code_value = _core.GSB_EPARSE


class SchemaError(Error, ValueError):
    """The input is XML but not valid against its schema (GSB_ESCHEMA)."""
    code_value = _core.GSB_ESCHEMA


class InputError(Error, ValueError):
    """The input is valid XML but its values are inconsistent (GSB_EINPUT)."""
    code_value = _core.GSB_EINPUT


class AmountOverflow(Error, OverflowError):
    """An amount does not fit in 64-bit fen (GSB_EOVERFLOW)."""
    code_value = _core.GSB_EOVERFLOW


class StateError(Error):
    """A transition the procedure does not allow (GSB_ESTATE)."""
    code_value = _core.GSB_ESTATE


class NotFound(Error, LookupError):
    """A name that matches nothing (GSB_ENOTFOUND)."""
    code_value = _core.GSB_ENOTFOUND


class ClosedError(Error, ValueError):
    """A handle was used, or closed, after it was closed."""
    code_value = _core.GSB_EINVAL


_ERROR_CLASSES = {cls.code_value: cls for cls in (
    InternalError, InvalidArgument, OutOfMemory, IOError, ParseError, SchemaError,
    InputError, AmountOverflow, StateError, NotFound)}


def _error_from_native(code, message, file, line, element, application):
    if message and message.startswith("gsb_"):
        # the C function that reported it is no concern of the caller
        head, sep, rest = message.partition(": ")
        if sep and head.replace("_", "").isalnum():
            message = rest
    cls = _ERROR_CLASSES.get(code, Error)
    if cls is IOError and file and file != "-" and not line:
        # what the system says of the file now, just after the call failed
        if not _os.path.lexists(file):
            cls = FileNotFound
        elif not _os.access(file, _os.R_OK):
            cls = PermissionDenied
    e = cls(message, code=code, file=file, line=line, element=element,
            application=application)
    if isinstance(e, OSError):
        e.filename = file
        e.errno = (_errno.ENOENT if cls is FileNotFound else
                   _errno.EACCES if cls is PermissionDenied else _errno.EIO)
        e.strerror = message
    return e


_core.gsbx_set_error_factory(_error_from_native)


# ---------------------------------------------------------------- enums

class Outcome(_enum.Enum):
    """Outcome of the eligibility checks."""
    ELIGIBLE = "eligible"
    INELIGIBLE = "ineligible"
    INCOMPLETE = "incomplete"

    def label(self, lang=None):
        """The Chinese (``"zh"``) or English (``"en"``) label (None: :func:`default_lang`)."""
        return _core.gsb_outcome_label(_OUTCOME_C[self], _lang(lang))


class Tier(_enum.Enum):
    """Tiers of platform: 个 comprehensive, 十 cross-domain, 百 enterprise."""
    NONE = "none"
    ENTERPRISE = "enterprise"
    CROSS_DOMAIN = "cross-domain"
    COMPREHENSIVE = "comprehensive"

    def label(self, lang=None):
        """The Chinese (``"zh"``) or English (``"en"``) label (None: :func:`default_lang`)."""
        return _core.gsb_tier_label(_TIER_C[self], _lang(lang))


class Instrument(_enum.Enum):
    """Instruments of the subsidy: interest subsidy, award, equity."""
    INTEREST_SUBSIDY = "interest-subsidy"
    AWARD = "award"
    EQUITY = "equity"

    def label(self, lang=None):
        """The Chinese (``"zh"``) or English (``"en"``) label (None: :func:`default_lang`)."""
        return _core.gsb_instrument_label(_INSTRUMENT_C[self], _lang(lang))


class Relation(_enum.Enum):
    """How the classified tier relates to the claimed one."""
    NONE = None
    MATCH = "match"
    BELOW_CLAIM = "below-claim"
    ABOVE_CLAIM = "above-claim"


class Misuse(_enum.Enum):
    """The five kinds of funding misuse of provision 5.4."""
    FALSIFICATION = "falsification"
    WITHHOLDING = "withholding"
    MISAPPROPRIATION = "misappropriation"
    ENCROACHMENT = "encroachment"
    FRAUD = "fraud"

    def label(self, lang=None):
        """The Chinese (``"zh"``) or English (``"en"``) label (None: :func:`default_lang`)."""
        return _core.gsb_misuse_label(_MISUSE_C[self], _lang(lang))


class Industry(_enum.Enum):
    """The ten strong industries of the measures."""
    NEW_GENERATION_IT = _core.GSB_INDUSTRY_NEW_GENERATION_IT
    HIGH_END_EQUIPMENT = _core.GSB_INDUSTRY_HIGH_END_EQUIPMENT
    NEW_ENERGY_MATERIALS = _core.GSB_INDUSTRY_NEW_ENERGY_MATERIALS
    SMART_OCEAN = _core.GSB_INDUSTRY_SMART_OCEAN
    HEALTH_CARE = _core.GSB_INDUSTRY_HEALTH_CARE
    GREEN_CHEMICALS = _core.GSB_INDUSTRY_GREEN_CHEMICALS
    MODERN_AGRICULTURE = _core.GSB_INDUSTRY_MODERN_AGRICULTURE
    CULTURAL_CREATIVE = _core.GSB_INDUSTRY_CULTURAL_CREATIVE
    QUALITY_TOURISM = _core.GSB_INDUSTRY_QUALITY_TOURISM
    MODERN_FINANCE = _core.GSB_INDUSTRY_MODERN_FINANCE

    @property
    def code(self):
        """The industry's stable code ("new-generation-it", ...)."""
        return _core.gsb_industry_name(self.value)

    def label(self, lang=None):
        """The Chinese (``"zh"``) or English (``"en"``) label (None: :func:`default_lang`)."""
        return _core.gsb_industry_label(self.value, _lang(lang))


_OUTCOME_C = {
    Outcome.ELIGIBLE: _core.GSB_OUTCOME_ELIGIBLE,
    Outcome.INELIGIBLE: _core.GSB_OUTCOME_INELIGIBLE,
    Outcome.INCOMPLETE: _core.GSB_OUTCOME_INCOMPLETE,
}
_TIER_C = {
    Tier.NONE: _core.GSB_TIER_NONE,
    Tier.ENTERPRISE: _core.GSB_TIER_ENTERPRISE,
    Tier.CROSS_DOMAIN: _core.GSB_TIER_CROSS_DOMAIN,
    Tier.COMPREHENSIVE: _core.GSB_TIER_COMPREHENSIVE,
}
_INSTRUMENT_C = {
    Instrument.INTEREST_SUBSIDY: _core.GSB_INSTRUMENT_INTEREST_SUBSIDY,
    Instrument.AWARD: _core.GSB_INSTRUMENT_AWARD,
    Instrument.EQUITY: _core.GSB_INSTRUMENT_EQUITY,
}
_RELATION_C = {
    _core.GSB_RELATION_NONE: Relation.NONE,
    _core.GSB_RELATION_MATCH: Relation.MATCH,
    _core.GSB_RELATION_BELOW_CLAIM: Relation.BELOW_CLAIM,
    _core.GSB_RELATION_ABOVE_CLAIM: Relation.ABOVE_CLAIM,
}
_MISUSE_C = {
    Misuse.FALSIFICATION: _core.GSB_MISUSE_FALSIFICATION,
    Misuse.WITHHOLDING: _core.GSB_MISUSE_WITHHOLDING,
    Misuse.MISAPPROPRIATION: _core.GSB_MISUSE_MISAPPROPRIATION,
    Misuse.ENCROACHMENT: _core.GSB_MISUSE_ENCROACHMENT,
    Misuse.FRAUD: _core.GSB_MISUSE_FRAUD,
}
_MISUSE_PY = {v: k for k, v in _MISUSE_C.items()}
_OUTCOME_PY = {v: k for k, v in _OUTCOME_C.items()}
_TIER_PY = {v: k for k, v in _TIER_C.items()}
_TRI = {_core.GSB_TRUE: True, _core.GSB_FALSE: False, _core.GSB_UNKNOWN: None}


def default_lang():
    """The language of reasons when none is given, by the library's one rule
    (the command's too): the first of LC_ALL, LC_MESSAGES and LANG that is set
    and not empty decides ("zh..." gives "zh", anything else "en"); none set:
    "en". Changes to ``os.environ`` count (they reach the C environment)."""
    return "zh" if _core.gsb_lang_default() == _core.GSB_LANG_ZH else "en"


def _lang(lang):
    if lang is None:
        lang = default_lang()
    if lang == "zh":
        return _core.GSB_LANG_ZH
    if lang == "en":
        return _core.GSB_LANG_EN
    raise InvalidArgument("unknown language %r (want 'zh' or 'en')" % (lang,))


def _as_of(as_of):
    if as_of is None:
        return None
    if isinstance(as_of, _datetime.datetime):
        as_of = as_of.date()
    if isinstance(as_of, _datetime.date):
        return as_of.isoformat()
    if isinstance(as_of, str):
        return as_of
    raise InvalidArgument("as_of must be None, a datetime.date or 'YYYY-MM-DD', not %r"
                          % (as_of,))


def _yuan(fen):
    return (_decimal.Decimal(fen) * _CENT).quantize(_CENT)


def _path(path):
    """A file name as the bytes the system knows it by (str, bytes or
    os.PathLike; a str name that is not UTF-8 keeps its bytes)."""
    try:
        return _os.fsencode(path)
    except TypeError:
        raise InvalidArgument("a path must be str, bytes or os.PathLike, not %r" % (path,)) from None


# ---------------------------------------------------------------- handles

class _Handle:
    """A native pointer with its free function, safe to share between threads.

    Every use of the pointer holds it (``with handle as ptr:``, :meth:`call`,
    or :meth:`acquire` / :meth:`release` around a call that releases the
    GIL); a count of such users, guarded by a lock, keeps the pointer alive
    until the last one is done. :meth:`close` marks the handle closed at once
    (new uses raise :class:`ClosedError`) and frees the pointer when no call
    is inside it, else the last user frees it. Closing again does nothing.
    The garbage collector closes a handle nobody refers to; a handle that
    other objects depend on (a policy used by a batch) is referred to by them
    and so outlives them.
    """

    __slots__ = ("ptr", "_free", "_users", "_closed", "_what", "_lock")

    def __init__(self, ptr, free, what):
        self.ptr = ptr
        self._free = free
        self._users = 0
        self._closed = False
        self._what = what
        self._lock = _threading.Lock()

    def acquire(self):
        """Hold the pointer for one use (release() it after)."""
        with self._lock:
            if self._closed:
                raise ClosedError("%s is closed" % self._what)
            self._users += 1
            return self.ptr

    def release(self):
        with self._lock:
            self._users -= 1
            ptr = self._take()
        if ptr is not None:
            self._free(ptr)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()
        return False

    def call(self, fn, *args):
        """fn(ptr, *args) with the pointer held."""
        ptr = self.acquire()
        try:
            return fn(ptr, *args)
        finally:
            self.release()

    def close(self):
        with self._lock:
            self._closed = True
            ptr = self._take()
        if ptr is not None:
            self._free(ptr)

    def _take(self):
        # under the lock: the pointer to free now, if any
        if self._closed and self._users == 0 and self.ptr is not None:
            ptr, self.ptr = self.ptr, None
            return ptr
        return None

    @property
    def closed(self):
        return self._closed

    def retain(self):
        """One more user that depends on the pointer (a decision on its policy),
        even after close() as long as it is not freed; release() it after."""
        with self._lock:
            if self.ptr is None:
                raise ClosedError("%s is closed" % self._what)
            self._users += 1

    def check(self):
        if self._closed:
            raise ClosedError("%s is closed" % self._what)

    def __del__(self):
        try:
            self.close()
        except Exception:  # interpreter shutdown
            pass


class _Closeable:
    __slots__ = ()

    def close(self):
        """Free the native object. Closing again does nothing; any other use
        of a closed object raises :class:`ClosedError`. A call in progress in
        another thread finishes first (the object is freed after it)."""
        self._h.close()

    @property
    def closed(self):
        """True once :meth:`close` has been called."""
        return self._h.closed

    def __enter__(self):
        self._h.check()
        return self

    def __exit__(self, *exc):
        self._h.close()
        return False


class Check(_typing.NamedTuple):
    """One eligibility check: id, provision, result, reason.
    ``result`` is True, False or None (unknown)."""
    id: str
    provision: str
    result: _typing.Optional[bool]
    reason: str


class Criterion(_typing.NamedTuple):
    """One tier criterion: id, provision, result, reason."""
    id: str
    provision: str
    result: _typing.Optional[bool]
    reason: str


class InstrumentAmounts(_typing.NamedTuple):
    """Requested and granted amounts of one instrument, in yuan."""
    requested: _decimal.Decimal
    granted: _decimal.Decimal


class Need(_typing.NamedTuple):
    """What it would take (docs/relevance.md): one absent fact a decision
    needs. ``fact`` is its path in the application document
    ("applicant/capable"; a path ending in a list item means "add this
    item"); ``value`` the favourable value as it would stand there ("true",
    "false", a code, a count), None for a fact that names the applicant;
    ``for_`` the ids of the checks and criteria it feeds ("for" in the
    reports and in :meth:`to_dict`); ``label`` what it is in words and
    ``proof`` the document that proves it, in the language asked for;
    ``provision`` the provision that asks for it ("3.2.1")."""
    fact: str
    value: _typing.Optional[str]
    for_: _typing.Tuple[str, ...]
    label: str
    proof: str
    provision: str

    def to_dict(self):
        """The need as in the JSON report: fact, value, for (a list), provision, label, proof."""
        return {"fact": self.fact, "value": self.value, "for": list(self.for_),
                "provision": self.provision, "label": self.label, "proof": self.proof}


class Potential(_typing.NamedTuple):
    """What the decision would become once every need is supplied with its
    value, decided again on the same date: :class:`Outcome`, :class:`Tier`
    and the provincial award granted, in yuan (Decimal)."""
    outcome: "Outcome"
    tier: "Tier"
    granted: _decimal.Decimal


class Decision(_Closeable):
    """The decision on one application: eligibility, tier, priority, subsidy,
    effect, and who applied (:attr:`applicant_name`, :attr:`credit_code`,
    :attr:`city`, :attr:`industries`, :attr:`platform_name`). Immutable; free
    it with :meth:`close` (or a ``with`` block, or let the garbage collector do
    it). :meth:`to_dict` is exactly the CLI's JSON; :meth:`to_record` is one
    flat, typed row (see :func:`to_dataframe`). A decision can be pickled (it
    then travels as its reports and record, without native state).
    """

    __slots__ = ("_h", "_app", "__weakref__")

    def __init__(self, _ptr, _policy, _app=None):
        """Internal: decisions come from :class:`Policy`."""
        try:
            _policy.retain()
        except BaseException:
            _core.gsbx_decision_free(_ptr)
            if _app is not None:
                _core.gsbx_application_free(_app)
            raise

        def free(ptr, policy=_policy, app=_app):
            _core.gsbx_decision_free(ptr)
            if app is not None:
                _core.gsbx_application_free(app)
            policy.release()

        self._app = _app
        self._h = _Handle(_ptr, free, "decision")

    def _applied(self, fn, *args):
        with self._h:
            return fn(self._app, *args) if self._app is not None else None

    @property
    def applicant_name(self):
        """The applicant's name, or None."""
        return self._applied(_core.gsb_application_name)

    @property
    def credit_code(self):
        """The applicant's unified social credit code as given, or None."""
        return self._applied(_core.gsb_application_uscc)

    @property
    def division(self):
        """The applicant's administrative division (six digits), or None."""
        return self._applied(_core.gsb_application_division)

    @property
    def city(self):
        """The city code the application is placed in on the decision's date,
        as the programme report places it ("3702"; a 莱芜 division counts as
        济南 "3701" from the merger of 2019-01-09 on), "other" for a division
        outside the province, "unknown" without division or valid credit code."""
        with self._h as p:
            if self._app is None:
                return None
            return _core.gsbx_city_of(self._app, _core.gsb_decision_as_of(p))

    def city_label(self, lang=None):
        """The name of :attr:`city` in "zh" or "en" (None: :func:`default_lang`)."""
        code = self.city
        return None if code is None else _core.gsb_city_label(code, _lang(lang))

    @property
    def city_name(self):
        """The name of :attr:`city` in the language of :func:`default_lang`."""
        return self.city_label()

    @property
    def industries(self):
        """The industries declared, as codes of :class:`Industry` ("other" for
        a name that is none of the ten), in the order given."""
        with self._h:
            if self._app is None:
                return []
            items = [_core.gsb_application_item(self._app, _core.GSB_LIST_INDUSTRIES, i)
                     for i in range(_core.gsb_application_item_count(
                         self._app, _core.GSB_LIST_INDUSTRIES))]
        out = []
        for item in items:
            code = _core.gsbx_industry_lookup(item)
            out.append("other" if code < 0 or code == _core.GSB_INDUSTRY_OTHER
                       else _core.gsb_industry_name(code))
        return out

    @property
    def platform_name(self):
        """The platform's name, or None."""
        return self._applied(_core.gsb_application_platform_name)

    def to_dict(self, lang=None):
        """The decision report as a dict: exactly the structure of
        ``geshibai evaluate --format json``."""
        return _json.loads(self.to_json(lang))

    def to_json(self, lang=None):
        """The decision report as the CLI's JSON text."""
        return self._h.call(_core.gsbx_decision_report, _core.GSB_FORMAT_JSON, _lang(lang))

    def to_xml(self, lang=None):
        """The decision report as XML (the decision report of ``geshibai evaluate --format xml``)."""
        return self._h.call(_core.gsbx_decision_report, _core.GSB_FORMAT_XML, _lang(lang))

    def to_text(self, lang=None):
        """The decision report as text for people, with reasons."""
        return self._h.call(_core.gsbx_decision_report, _core.GSB_FORMAT_TEXT, _lang(lang))

    @property
    def application(self):
        """The application's id, or None."""
        return self._h.call(_core.gsb_decision_application)

    @property
    def as_of(self):
        """The date the decision was made as of (datetime.date)."""
        return _EPOCH + _datetime.timedelta(days=self._h.call(_core.gsb_decision_as_of))

    @property
    def policy(self):
        """The policy's id ("sd-2018-ge-shi-bai")."""
        return self._h.call(_core.gsb_decision_policy)

    @property
    def params(self):
        """The parameter set that decided it (the parameters document's name,
        else its file name), or None for the built-in parameters."""
        return self._h.call(_core.gsb_decision_params)

    @property
    def params_file(self):
        """The file of that parameter set, or None for the built-in parameters."""
        return self._h.call(_core.gsb_decision_params_file)

    @property
    def outcome(self):
        """The eligibility :class:`Outcome`."""
        return _OUTCOME_PY[self._h.call(_core.gsb_decision_outcome)]

    @property
    def eligible(self):
        """True when the outcome is eligible."""
        return self.outcome is Outcome.ELIGIBLE

    @property
    def checks(self):
        """The eligibility checks in the order of the rule book (list of :class:`Check`)."""
        return self._explained("check", None)

    @property
    def missing(self):
        """Ids of the facts whose checks are unknown (only when incomplete)."""
        with self._h as p:
            return [_core.gsb_decision_missing(p, i) for i in range(_core.gsb_decision_missing_count(p))]

    @property
    def needs(self):
        """What it would take: the absent facts that matter (list of
        :class:`Need`; labels and proofs in :func:`default_lang`); empty when
        the decision carries no relevance. See :meth:`needs_in`."""
        return self.needs_in(None)

    def needs_in(self, lang):
        """:attr:`needs` with labels and proofs in "zh" or "en"."""
        l = _lang(lang)
        with self._h as p:
            return [Need(_core.gsb_decision_need_fact(p, i), _core.gsb_decision_need_value(p, i),
                         tuple(_core.gsb_decision_need_for(p, i, k)
                               for k in range(_core.gsb_decision_need_for_count(p, i))),
                         _core.gsb_decision_need_label(p, i, l),
                         _core.gsb_decision_need_proof(p, i, l),
                         _core.gsb_decision_need_provision(p, i))
                    for i in range(_core.gsb_decision_need_count(p))]

    @property
    def potential(self):
        """What the decision would become once every need is supplied
        (:class:`Potential`), or None when it carries no relevance (eligible
        with every tier determined and nothing waiting on the review, or
        decided without relevance)."""
        with self._h as p:
            if not _core.gsb_decision_has_relevance(p):
                return None
            return Potential(_OUTCOME_PY[_core.gsb_decision_potential_outcome(p)],
                             _TIER_PY[_core.gsb_decision_potential_tier(p)],
                             _yuan(_core.gsb_decision_potential_granted(p)))

    @property
    def tier(self):
        """The classified :class:`Tier`."""
        return _TIER_PY[self._h.call(_core.gsb_decision_tier)]

    @property
    def claimed_tier(self):
        """The claimed :class:`Tier` (Tier.NONE when no claim)."""
        return _TIER_PY[self._h.call(_core.gsb_decision_claimed_tier)]

    @property
    def relation(self):
        """How the classified tier relates to the claim (:class:`Relation`)."""
        return _RELATION_C[self._h.call(_core.gsb_decision_relation)]

    @property
    def criteria(self):
        """The five tier criteria (list of :class:`Criterion`)."""
        return self._explained("criterion", None)

    @property
    def undetermined(self):
        """Higher tiers whose criterion is unknown, highest first."""
        with self._h as p:
            return [_TIER_PY[_core.gsb_decision_undetermined(p, i)]
                    for i in range(_core.gsb_decision_undetermined_count(p))]

    @property
    def priority(self):
        """True when the application has priority."""
        return bool(self._h.call(_core.gsb_decision_priority))

    @property
    def cap(self):
        """The cap applied, in yuan (Decimal)."""
        return _yuan(self._h.call(_core.gsb_decision_cap))

    @property
    def national(self):
        """True when the national-platform cap applies."""
        return bool(self._h.call(_core.gsb_decision_national))

    @property
    def requested(self):
        """Requested amount in yuan (Decimal)."""
        return _yuan(self._h.call(_core.gsb_decision_requested))

    @property
    def granted(self):
        """Granted amount in yuan (Decimal)."""
        return _yuan(self._h.call(_core.gsb_decision_granted))

    @property
    def granted_in_words(self):
        """Granted amount in Chinese financial capitals (大写)."""
        return self._h.call(_core.gsb_decision_granted_in_words)

    @property
    def local(self):
        """City or county support in yuan (Decimal)."""
        return _yuan(self._h.call(_core.gsb_decision_local))

    @property
    def total(self):
        """Granted plus local support, in yuan (Decimal)."""
        return _yuan(self._h.call(_core.gsb_decision_total))

    @property
    def instruments(self):
        """{:class:`Instrument`: :class:`InstrumentAmounts`} for the three instruments."""
        with self._h as p:
            return {ins: InstrumentAmounts(_yuan(_core.gsb_decision_instrument_requested(p, c)),
                                           _yuan(_core.gsb_decision_instrument_granted(p, c)))
                    for ins, c in _INSTRUMENT_C.items()}

    @property
    def subsidy_status(self):
        """The subsidy status code ("granted", "not-eligible", ...)."""
        return _core.gsb_subsidy_status_name(self._h.call(_core.gsb_decision_subsidy_status))

    @property
    def kpis(self):
        """(met, of): the effect indicators met and judged."""
        with self._h as p:
            return (_core.gsb_decision_kpi_met_count(p), _core.gsb_decision_kpi_count(p))

    def to_record(self, lang=None):
        """The decision as one flat row (a dict) with typed values: amounts in
        yuan as Decimal, counts as int, dates as datetime.date, three-valued
        results as True / False / None (unknown); the applicant's facts; one
        column per check ("check.<id>") and tier criterion ("criterion.<id>");
        what it would take: ``needs`` (how many) and ``potential_outcome``,
        ``potential_tier``, ``potential_granted`` (None without relevance).
        ``lang`` chooses the city's name."""
        with self._h as p:
            rec = {
                "application": self.application,
                "applicant_name": self.applicant_name,
                "credit_code": self.credit_code,
                "division": self.division,
                "city": self.city,
                "city_name": self.city_label(lang),
                "industries": tuple(self.industries),
                "platform_name": self.platform_name,
                "policy": self.policy,
                "params": self.params,
                "params_file": self.params_file,
                "as_of": self.as_of,
                "outcome": self.outcome.value,
                "eligible": self.eligible,
                "tier": self.tier.value,
                "claimed_tier": self.claimed_tier.value,
                "relation": self.relation.value,
                "priority": self.priority,
                "subsidy_status": self.subsidy_status,
                "national": self.national,
                "cap": self.cap,
                "requested": self.requested,
                "granted": self.granted,
                "local": self.local,
                "total": self.total,
            }
            for ins, amounts in self.instruments.items():
                key = ins.value.replace("-", "_")
                rec[key + "_requested"] = amounts.requested
                rec[key + "_granted"] = amounts.granted
            rec["kpis_met"], rec["kpis"] = self.kpis
            rec["missing"] = len(self.missing)
            rec["needs"] = _core.gsb_decision_need_count(p)
            potential = self.potential
            rec["potential_outcome"] = potential.outcome.value if potential else None
            rec["potential_tier"] = potential.tier.value if potential else None
            rec["potential_granted"] = potential.granted if potential else None
            for i in range(_core.gsb_decision_check_count(p)):
                rec["check." + _core.gsb_decision_check_id(p, i)] = \
                    _TRI[_core.gsb_decision_check_result(p, i)]
            for i in range(_core.gsb_decision_criterion_count(p)):
                rec["criterion." + _core.gsb_decision_criterion_id(p, i)] = \
                    _TRI[_core.gsb_decision_criterion_result(p, i)]
        return rec

    def __reduce__(self):
        with self._h:
            state = {"record": {lang: self.to_record(lang) for lang in ("zh", "en")},
                     "reports": {(fmt, lang): getattr(self, "to_" + fmt)(lang)
                                 for fmt in ("json", "xml", "text") for lang in ("zh", "en")},
                     "words": self.granted_in_words,
                     "missing": self.missing,
                     "needs": {lang: [tuple(n) for n in self.needs_in(lang)] for lang in ("zh", "en")},
                     "undetermined": [t.value for t in self.undetermined],
                     "checks": {lang: [tuple(c) for c in self._explained("check", lang)]
                                for lang in ("zh", "en")},
                     "criteria": {lang: [tuple(c) for c in self._explained("criterion", lang)]
                                  for lang in ("zh", "en")}}
        return (_restore_decision, (state,))

    def _explained(self, kind, lang):
        fn = {"check": (Check, _core.gsb_decision_check_count, _core.gsb_decision_check_id,
                        _core.gsb_decision_check_provision, _core.gsb_decision_check_result,
                        _core.gsb_decision_check_reason),
              "criterion": (Criterion, _core.gsb_decision_criterion_count,
                            _core.gsb_decision_criterion_id,
                            _core.gsb_decision_criterion_provision,
                            _core.gsb_decision_criterion_result,
                            _core.gsb_decision_criterion_reason)}[kind]
        cls, count, ident, prov, result, reason = fn
        with self._h as p:
            return [cls(ident(p, i), prov(p, i), _TRI[result(p, i)], reason(p, i, _lang(lang)))
                    for i in range(count(p))]

    def __repr__(self):
        if self._h.closed:
            return "<geshibai.Decision (closed)>"
        return "<geshibai.Decision %s %s %s %s>" % (
            self.application, self.outcome.value, self.tier.value, self.granted)


class _RestoredDecision(Decision):
    """A decision rebuilt from its pickled state: every accessor of
    :class:`Decision`, from the reports and records it was pickled with."""

    __slots__ = ("_state",)

    def __init__(self, state):  # noqa: D107 - internal
        self._state = state
        self._app = None
        self._h = _Handle(None, lambda ptr: None, "decision")

    def _rec(self, key, lang="en"):
        self._h.check()
        return self._state["record"][lang][key]

    def _lang_of(self, lang):
        return "zh" if _lang(lang) == _core.GSB_LANG_ZH else "en"

    application = property(lambda self: self._rec("application"))
    applicant_name = property(lambda self: self._rec("applicant_name"))
    credit_code = property(lambda self: self._rec("credit_code"))
    division = property(lambda self: self._rec("division"))
    city = property(lambda self: self._rec("city"))
    industries = property(lambda self: list(self._rec("industries")))
    platform_name = property(lambda self: self._rec("platform_name"))
    policy = property(lambda self: self._rec("policy"))
    params = property(lambda self: self._rec("params"))
    params_file = property(lambda self: self._rec("params_file"))
    as_of = property(lambda self: self._rec("as_of"))
    outcome = property(lambda self: Outcome(self._rec("outcome")))
    tier = property(lambda self: Tier(self._rec("tier")))
    claimed_tier = property(lambda self: Tier(self._rec("claimed_tier")))
    relation = property(lambda self: Relation(self._rec("relation")))
    priority = property(lambda self: self._rec("priority"))
    subsidy_status = property(lambda self: self._rec("subsidy_status"))
    national = property(lambda self: self._rec("national"))
    cap = property(lambda self: self._rec("cap"))
    requested = property(lambda self: self._rec("requested"))
    granted = property(lambda self: self._rec("granted"))
    local = property(lambda self: self._rec("local"))
    total = property(lambda self: self._rec("total"))
    kpis = property(lambda self: (self._rec("kpis_met"), self._rec("kpis")))
    granted_in_words = property(lambda self: (self._h.check(), self._state["words"])[1])
    missing = property(lambda self: (self._h.check(), list(self._state["missing"]))[1])
    undetermined = property(lambda self: (self._h.check(),
                                          [Tier(t) for t in self._state["undetermined"]])[1])

    def needs_in(self, lang):
        self._h.check()
        return [Need(*n) for n in self._state["needs"][self._lang_of(lang)]]

    @property
    def potential(self):
        if self._rec("potential_outcome") is None:
            return None
        return Potential(Outcome(self._rec("potential_outcome")), Tier(self._rec("potential_tier")),
                         self._rec("potential_granted"))

    @property
    def instruments(self):
        return {ins: InstrumentAmounts(self._rec(ins.value.replace("-", "_") + "_requested"),
                                       self._rec(ins.value.replace("-", "_") + "_granted"))
                for ins in Instrument}

    def city_label(self, lang=None):
        return self._rec("city_name", self._lang_of(lang))

    def to_record(self, lang=None):
        self._h.check()
        return dict(self._state["record"][self._lang_of(lang)])

    def _explained(self, kind, lang):
        self._h.check()
        cls = Check if kind == "check" else Criterion
        key = "checks" if kind == "check" else "criteria"
        return [cls(*c) for c in self._state[key][self._lang_of(lang)]]

    def _report(self, fmt, lang):
        self._h.check()
        return self._state["reports"][(fmt, self._lang_of(lang))]

    def to_json(self, lang=None):
        return self._report("json", lang)

    def to_xml(self, lang=None):
        return self._report("xml", lang)

    def to_text(self, lang=None):
        return self._report("text", lang)

    def __reduce__(self):
        self._h.check()
        return (_restore_decision, (self._state,))


def _restore_decision(state):
    return _RestoredDecision(state)


def to_dataframe(items, lang=None):
    """A pandas DataFrame of decisions, one row per item in order: the
    columns of :meth:`Decision.to_record`, plus ``error`` (None for a
    decision; for an :class:`Error` item of a batch its status, with
    ``application`` and ``message`` filled in). Amounts stay exact (Decimal:
    ``groupby(...)["granted"].sum()`` adds them exactly). Needs pandas."""
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - pandas is optional
        raise ImportError("geshibai.to_dataframe needs pandas") from e
    rows = []
    for item in items:
        if isinstance(item, Decision):
            row = item.to_record(lang)
            row["error"] = None
            row["message"] = None
        elif isinstance(item, Error):
            row = {"application": item.application, "error": item.status,
                   "message": str(item)}
        else:
            raise InvalidArgument("to_dataframe takes decisions and errors, not %r" % (item,))
        rows.append(row)
    return pd.DataFrame.from_records(rows)


class Flag(_typing.NamedTuple):
    """One misuse flag of an audit: category (:class:`Misuse`), provision
    ("5.4"), amount in yuan (Decimal, None for a metric flag), subject,
    evidence (record ids) and reason."""
    category: Misuse
    provision: str
    amount: _typing.Optional[_decimal.Decimal]
    subject: str
    evidence: _typing.List[str]
    reason: str


class Audit(_Closeable):
    """The funding-misuse audit of a ledger (provision 5.4). :meth:`to_dict` is
    exactly the JSON of ``geshibai audit --format json``. Made by
    :meth:`Policy.audit_file` / :meth:`Policy.audit_xml`."""

    __slots__ = ("_h", "__weakref__")

    def __init__(self, _ptr):
        """Internal: audits come from :class:`Policy`."""
        self._h = _Handle(_ptr, _core.gsbx_audit_free, "audit")

    def to_dict(self, lang=None):
        """The audit report as a dict (the CLI's JSON)."""
        return _json.loads(self.to_json(lang))

    def to_json(self, lang=None):
        """The audit report as the CLI's JSON text."""
        return self._h.call(_core.gsbx_audit_report, _core.GSB_FORMAT_JSON, _lang(lang))

    def to_xml(self, lang=None):
        """The audit report as XML."""
        return self._h.call(_core.gsbx_audit_report, _core.GSB_FORMAT_XML, _lang(lang))

    def to_text(self, lang=None):
        """The audit report as text for people."""
        return self._h.call(_core.gsbx_audit_report, _core.GSB_FORMAT_TEXT, _lang(lang))

    @property
    def ledger(self):
        """The audited application's id, or None."""
        return self._h.call(_core.gsb_audit_ledger)

    @property
    def as_of(self):
        """The date of the audit (datetime.date)."""
        return _EPOCH + _datetime.timedelta(days=self._h.call(_core.gsb_audit_as_of))

    @property
    def policy(self):
        """The policy's id ("sd-2018-ge-shi-bai")."""
        return self._h.call(_core.gsb_audit_policy)

    @property
    def params(self):
        """The parameter set the audit used (the parameters document's name,
        else its file name), or None for the built-in parameters."""
        return self._h.call(_core.gsb_audit_params)

    @property
    def params_file(self):
        """The file of that parameter set, or None for the built-in parameters."""
        return self._h.call(_core.gsb_audit_params_file)

    @property
    def clean(self):
        """True when no flag was raised."""
        return bool(self._h.call(_core.gsb_audit_clean))

    @property
    def flags(self):
        """The flags in report order (list of :class:`Flag`)."""
        with self._h as a:
            out = []
            for i in range(_core.gsb_audit_flag_count(a)):
                amount = (_yuan(_core.gsb_audit_flag_amount(a, i))
                          if _core.gsb_audit_flag_has_amount(a, i) else None)
                out.append(Flag(_MISUSE_PY[_core.gsb_audit_flag_category(a, i)],
                                _core.gsb_audit_flag_provision(a, i), amount,
                                _core.gsb_audit_flag_subject(a, i),
                                [_core.gsb_audit_flag_evidence(a, i, j)
                                 for j in range(_core.gsb_audit_flag_evidence_count(a, i))],
                                _core.gsb_audit_flag_reason(a, i, _lang(None))))
            return out

    def __repr__(self):
        if self._h.closed:
            return "<geshibai.Audit (closed)>"
        return "<geshibai.Audit %s %s>" % (self.ledger, "clean" if self.clean else
                                           ",".join(f.category.value for f in self.flags))


class Batch(_Closeable):
    """An iterator over the decisions of an application or batch file, in input
    order: each item is a :class:`Decision` or, for an application that could
    not be decided, an :class:`Error` instance (not raised). Reading and deciding
    release the GIL. Made by :meth:`Policy.evaluate_batch`.

    Threads may share a batch: each item goes to exactly one of them (one
    thread reads at a time, the others wait for their turn). :meth:`close`
    from any thread stops the reading; a read in progress finishes first, and
    every later ``next()`` raises :class:`ClosedError`."""

    __slots__ = ("_h", "_done", "_policy", "_turn")

    def __init__(self, policy_handle, path, as_of, flags, fd=None):
        """Internal: use :meth:`Policy.evaluate_batch`. With ``fd``, read that
        descriptor (a duplicate of it), ``path`` naming it in errors."""
        ptr = policy_handle.acquire()
        try:
            if fd is None:
                b = _core.gsbx_batch_open(ptr, path, as_of, flags)
            else:
                b = _core.gsbx_batch_open_fd(ptr, fd, path, as_of, flags)
        except BaseException:
            policy_handle.release()
            raise

        def free(ptr, policy_handle=policy_handle):
            _core.gsbx_batch_free(ptr)
            policy_handle.release()

        self._h = _Handle(b, free, "batch")
        self._policy = policy_handle
        self._done = False
        self._turn = _threading.Lock()

    def __iter__(self):
        return self

    def __next__(self):
        with self._turn, self._h as b:
            if self._done:
                raise StopIteration
            rc = _core.gsbx_batch_next(b)
            if rc == 1:
                return Decision(_core.gsbx_batch_decision(b), self._policy,
                                _core.gsbx_batch_application(b))
            if rc == 2:
                f = _core.gsbx_batch_fault(b)
                try:
                    return _error_from_native(
                        _core.gsbx_fault_code(f), _core.gsbx_fault_message(f),
                        _core.gsbx_fault_file(f), _core.gsbx_fault_line(f),
                        _core.gsbx_fault_element(f), _core.gsbx_fault_application(f))
                finally:
                    _core.gsbx_fault_free(f)
            self._done = True
            raise StopIteration

    @property
    def count(self):
        """Number of application elements read so far (good and bad)."""
        with self._turn:
            return self._h.call(_core.gsbx_batch_count)


class Param(_typing.NamedTuple):
    """A parameter in force on a date: ``name`` ("award.cap"), ``type``
    ("money", "integer", "decimal", "date"), ``value`` (text in its type's
    format, e.g. "10000000.00"; None when it has no value that day),
    ``provision`` of the measures, ``reference`` (where the value comes from),
    ``valid_from`` / ``valid_to`` (datetime.date, None when open)."""
    name: str
    type: str
    value: _typing.Optional[str]
    provision: _typing.Optional[str]
    reference: _typing.Optional[str]
    valid_from: _typing.Optional[_datetime.date]
    valid_to: _typing.Optional[_datetime.date]


_PARAM_TYPES = {_core.GSB_PARAM_MONEY: "money", _core.GSB_PARAM_INTEGER: "integer",
                _core.GSB_PARAM_DECIMAL: "decimal", _core.GSB_PARAM_DATE: "date"}


def _days(iso):
    return (_datetime.date.fromisoformat(iso) - _EPOCH).days


class Policy(_Closeable):
    """The measures' parameters: the built-in defaults, or those of a parameters
    file (``params``: a path) or document (``params_xml``). Immutable and
    shareable by threads. Use it in a ``with`` block or call :meth:`close`.
    """

    __slots__ = ("_h", "__weakref__")

    def __init__(self, params=None, *, params_xml=None):
        """Load the policy: built in, or overridden by a parameters file / text."""
        if params is not None and params_xml is not None:
            raise InvalidArgument("give params or params_xml, not both")
        if params_xml is not None:
            if isinstance(params_xml, (bytes, bytearray)):
                params_xml = bytes(params_xml).decode("utf-8")
            ptr = _core.gsbx_policy_open_memory(params_xml, None)
        else:
            ptr = _core.gsbx_policy_open(None if params is None else _path(params))
        self._h = _Handle(ptr, _core.gsbx_policy_free, "policy")

    @property
    def id(self):
        """The policy's id ("sd-2018-ge-shi-bai")."""
        return self._h.call(_core.gsb_policy_id)

    @property
    def source(self):
        """The parameters document's name, or None for the built-in defaults."""
        return self._h.call(_core.gsb_policy_source)

    def _flags(self, reasons):
        return _core.GSB_EVAL_DEFAULT if reasons else _core.GSB_EVAL_NO_REASONS

    def _decide(self, ptr, app, as_of, reasons):
        # ptr held by the caller; app is ours (kept by the decision)
        try:
            d = _core.gsbx_evaluate_app(ptr, app, _as_of(as_of), self._flags(reasons))
        except BaseException:
            _core.gsbx_application_free(app)
            raise
        return Decision(d, self._h, app)

    def params_on(self, as_of=None):
        """The parameters in force on a date (None: today): {name:
        :class:`Param`}, each with its value, the reference it comes from (the
        parameters file's, or the provision of a built-in default) and the
        period it holds for."""
        day = _DATE_NONE if as_of is None else _days(_as_of(as_of))
        out = {}
        with self._h as p:
            for i in range(_core.gsb_param_count()):
                name = _core.gsb_param_name(i)
                start = _core.gsbx_param_bound(p, name, day, 0)
                end = _core.gsbx_param_bound(p, name, day, 1)
                out[name] = Param(name, _PARAM_TYPES[_core.gsbx_param_type(name)],
                                  _core.gsbx_param_value(p, name, day),
                                  _core.gsb_param_provision(name),
                                  _core.gsbx_param_reference(p, name, day),
                                  None if start == _DATE_NONE else _date(start),
                                  None if end == _DATE_NONE else _date(end))
        return out

    @property
    def params(self):
        """The parameters in force today (see :meth:`params_on`)."""
        return self.params_on(None)

    def evaluate_file(self, path, as_of=None, *, reasons=True):
        """Read one application file and decide it.

        ``as_of``: None (the application's submitted date, else today), a
        ``datetime.date`` or ``"YYYY-MM-DD"``. Returns a :class:`Decision`;
        raises :class:`IOError`, :class:`ParseError`, :class:`SchemaError`, ...
        """
        h = self._h
        ptr = h.acquire()
        try:
            app = _core.gsbx_application_read_file(_path(path))
            return self._decide(ptr, app, as_of, reasons)
        finally:
            h.release()

    def evaluate_xml(self, text, as_of=None, *, name=None, reasons=True):
        """Decide one application document given as text (str, or UTF-8 bytes).
        ``name`` names the document in errors. See :meth:`evaluate_file`."""
        if not isinstance(text, (str, bytes, bytearray, memoryview)):
            raise InvalidArgument("text must be str or bytes")
        h = self._h
        ptr = h.acquire()
        try:
            app = _core.gsbx_application_read_memory(text, name)
            return self._decide(ptr, app, as_of, reasons)
        finally:
            h.release()

    def evaluate_batch(self, path, as_of=None, *, reasons=True):
        """Decide every application of a batch (or single application) file,
        streaming: returns a :class:`Batch` iterator yielding a
        :class:`Decision` or an :class:`Error` instance per application, in
        input order. The file is opened now (errors opening it raise here).
        Several paths, an open file or an iterable of dicts give the iterator
        of :meth:`evaluate_many` instead."""
        if not (isinstance(path, (str, bytes)) or hasattr(path, "__fspath__")):
            return self.evaluate_many(path, as_of, reasons=reasons)
        return Batch(self._h, _path(path), _as_of(as_of), self._flags(reasons))

    def evaluate(self, data, as_of=None, *, reasons=True):
        """Decide one application given as a dict of its JSON form (the
        project's JSON Schema: the keys and values of the XML document;
        amounts, rates and dates as strings). See :meth:`evaluate_file`."""
        if not isinstance(data, dict):
            raise InvalidArgument("data must be a dict (one application), not %r"
                                  % (type(data).__name__,))
        text = _json.dumps(data, ensure_ascii=False)
        return self.evaluate_xml(text, as_of, name=data.get("id") if isinstance(
            data.get("id"), str) else None, reasons=reasons)

    def evaluate_many(self, source, as_of=None, *, reasons=True):
        """Decide many applications, streaming, in input order: yields a
        :class:`Decision` or an :class:`Error` instance per application (an
        error is an item, not raised). ``source`` is a path (str, bytes,
        os.PathLike) of an application or batch file, a list of paths, an
        open file (read through its descriptor), or an iterable of dicts (one
        application each, as :meth:`evaluate` takes them). A file that cannot
        be opened raises when it is reached."""
        if isinstance(source, (str, bytes)) or hasattr(source, "__fspath__"):
            with self.evaluate_batch(source, as_of, reasons=reasons) as b:
                yield from b
            return
        if hasattr(source, "read"):
            yield from self._evaluate_file_object(source, as_of, reasons)
            return
        for item in source:
            if isinstance(item, dict):
                try:
                    yield self.evaluate(item, as_of, reasons=reasons)
                except ClosedError:
                    raise
                except Error as e:
                    yield e
            elif isinstance(item, (str, bytes)) or hasattr(item, "__fspath__"):
                with self.evaluate_batch(item, as_of, reasons=reasons) as b:
                    yield from b
            else:
                raise InvalidArgument("evaluate_many takes paths, an open file or dicts, not %r"
                                      % (type(item).__name__,))

    def _evaluate_file_object(self, f, as_of, reasons):
        """An open file: through its descriptor when it has one (streaming),
        else (io.BytesIO, io.StringIO) its contents through a temporary file."""
        try:
            fd = f.fileno()
        except (AttributeError, OSError, ValueError):
            fd = None
        if fd is not None:
            name = getattr(f, "name", None)
            name = name if isinstance(name, str) else "<fd %d>" % fd
            with Batch(self._h, name, _as_of(as_of), self._flags(reasons), fd=fd) as b:
                yield from b
            return
        data = f.read()
        with _tempfile.NamedTemporaryFile(suffix=".in") as tmp:
            tmp.write(data.encode("utf-8") if isinstance(data, str) else data)
            tmp.flush()
            with self.evaluate_batch(tmp.name, as_of, reasons=reasons) as b:
                yield from b

    def audit_file(self, path, as_of=None):
        """Read a ledger file and audit it for misuse of funds (provision 5.4).
        ``as_of``: None (the ledger's asOf, else today), a date or "YYYY-MM-DD".
        Returns an :class:`Audit`."""
        h = self._h
        ptr = h.acquire()
        try:
            a = _core.gsbx_audit_file(ptr, _path(path), _as_of(as_of))
        except Error as e:
            e._audit = True  # to_dict() as in the audit report
            raise
        finally:
            h.release()
        return Audit(a)

    def audit_xml(self, text, as_of=None, *, name=None):
        """Audit a ledger document given as text (str or UTF-8 bytes)."""
        if not isinstance(text, (str, bytes, bytearray, memoryview)):
            raise InvalidArgument("text must be str or bytes")
        h = self._h
        ptr = h.acquire()
        try:
            a = _core.gsbx_audit_memory(ptr, text, name, _as_of(as_of))
        except Error as e:
            e._audit = True
            raise
        finally:
            h.release()
        return Audit(a)

    def compare(self, other, paths, as_of=None):
        """What-if: decide every application of ``paths`` (a path or
        a list of application / batch files) under this policy (A, the guide in
        force) and under ``other`` (B, the reform). Returns a :class:`WhatIf`
        listing every application whose outcome, tier or grant changes and the
        exact total award under each; ``to_dict()`` equals ``geshibai compare
        --params A --params B --format json``. ``as_of``: None (each
        application's submitted date, else today), a date or "YYYY-MM-DD".
        Inputs that cannot be decided are listed as errors, not raised; a
        file that cannot be read is one of them."""
        if not isinstance(other, Policy):
            raise InvalidArgument("other must be a geshibai.Policy")
        return WhatIf(self, other, _paths(paths), _as_of(as_of))

    def programme_report(self, paths, as_of=None, lang="zh", *, html=None):
        """The programme report: decide every application of
        ``paths`` (a path or a list of files) and return the self-contained
        HTML page of ``geshibai report`` — recognised platforms per tier
        against the targets of 2.1, platforms and awards per city and
        industry, incomplete applications, effect indicators. ``as_of``: the
        date of the report (None: each application's own). ``lang``: "zh"
        (the default, as the CLI) or "en". ``html``: also write the page to
        this path. Inputs that cannot be decided are listed in the page."""
        paths = _paths(paths)
        lang_c = _lang(lang)
        h = self._h
        ptr = h.acquire()
        try:
            prog = _core.gsbx_programme_new(ptr, _as_of(as_of))
            try:
                for path in paths:
                    _core.gsbx_programme_add_file(prog, ptr, _path(path))
                page = _core.gsbx_programme_html(prog, lang_c)
            finally:
                _core.gsbx_programme_free(prog)
        finally:
            h.release()
        if html is not None:
            with open(_path(html), "w", encoding="utf-8") as f:
                f.write(page)
        return page

    def __repr__(self):
        if self._h.closed:
            return "<geshibai.Policy (closed)>"
        return "<geshibai.Policy %s%s>" % (self.id, " from %s" % self.source if self.source else "")


# ---------------------------------------------------------------- review procedure

class ReviewState(_enum.Enum):
    """States of the review procedure of provision 5.2 (docs/review.md): the
    first ten in procedure order, then the two added later (task-force
    rejection, objection upheld during publicity); the value is the stable
    code ("city-recommended")."""
    SUBMITTED = "submitted"
    CITY_RECOMMENDED = "city-recommended"
    CITY_REJECTED = "city-rejected"
    TASK_FORCE_REVIEWED = "task-force-reviewed"
    EXPERT_REVIEWED = "expert-reviewed"
    SELECTED = "selected"
    NOT_SELECTED = "not-selected"
    PUBLICISED = "publicised"
    DISBURSED = "disbursed"
    WITHDRAWN = "withdrawn"
    TASK_FORCE_REJECTED = "task-force-rejected"
    OBJECTION_UPHELD = "objection-upheld"

    @property
    def _c(self):
        return _core.gsbx_review_state_from_name(self.value)

    def label(self, lang=None):
        """The Chinese (``"zh"``) or English (``"en"``) label (None: :func:`default_lang`)."""
        return _core.gsb_review_state_label(self._c, _lang(lang))

    def allows(self, to):
        """True when the review procedure allows the transition from this state to ``to``
        (a :class:`ReviewState` or its code), regardless of dates."""
        return bool(_core.gsb_review_allowed(self._c, ReviewState(to)._c))


def _review_state(code):
    return ReviewState(_core.gsb_review_state_name(code))


def _date(days):
    return _EPOCH + _datetime.timedelta(days=days)


def _date_required(date, what):
    if date is None:
        raise InvalidArgument("%s: a date is required" % what)
    return _as_of(date)


class HistoryEntry(_typing.NamedTuple):
    """One entry of a review record: ``state`` (:class:`ReviewState`), ``date``
    (datetime.date) and ``note`` (str or None)."""
    state: ReviewState
    date: _datetime.date
    note: _typing.Optional[str]


_default = []


def _default_policy():
    """The built-in policy, loaded once for reviews made without one."""
    if not _default:
        _default.append(Policy())
    return _default[0]


class Review(_Closeable):
    """The review record of one application (provision 5.2): its
    way from submission to disbursement, with dates and notes.

    ``Review(application_id, submitted, policy=None)`` starts a record in state
    ``submitted`` on the date ``submitted`` (a ``datetime.date`` or
    ``"YYYY-MM-DD"``). The policy (None: the built-in one) gives the publicity
    period (``review.publicity-days``). :meth:`advance` accepts only the
    transitions of the procedure and raises :class:`StateError`, naming both states,
    otherwise — ``publicised`` → ``disbursed`` included, until the publicity
    period has ended. Stored and read as XML (:meth:`to_xml`,
    :meth:`read_file`, :meth:`read_xml`). Use it in a ``with`` block or call
    :meth:`close`.
    """

    __slots__ = ("_h", "_policy", "__weakref__")

    def __init__(self, application_id, submitted, policy=None, *, _ptr=None):
        """Start a record in state ``submitted`` on the date ``submitted``."""
        self._policy = policy if policy is not None else _default_policy()
        if not isinstance(self._policy, Policy):
            raise InvalidArgument("policy must be a geshibai.Policy")
        if _ptr is None:
            if not isinstance(application_id, str):
                raise InvalidArgument("application_id must be a str")
            _ptr = _core.gsbx_review_new(application_id, _date_required(submitted, "submitted"))
        self._h = _Handle(_ptr, _core.gsbx_review_free, "review")

    @classmethod
    def read_file(cls, path, policy=None):
        """Read a review document (root ``<review>``). The history
        is replayed through the procedure under ``policy`` (None: built in),
        so a stored record that breaks it raises :class:`InputError`."""
        policy = policy if policy is not None else _default_policy()
        h = policy._h
        ptr = h.acquire()
        try:
            r = _core.gsbx_review_read_file(ptr, _path(path))
        finally:
            h.release()
        return cls(None, None, policy, _ptr=r)

    @classmethod
    def read_xml(cls, text, policy=None, *, name=None):
        """Read a review document given as text (str or UTF-8 bytes); see
        :meth:`read_file`. ``name`` names the document in errors."""
        if not isinstance(text, (str, bytes, bytearray, memoryview)):
            raise InvalidArgument("text must be str or bytes")
        policy = policy if policy is not None else _default_policy()
        h = policy._h
        ptr = h.acquire()
        try:
            r = _core.gsbx_review_read_memory(ptr, text, name)
        finally:
            h.release()
        return cls(None, None, policy, _ptr=r)

    def advance(self, to, date, note=None):
        """Move the record to state ``to`` (a :class:`ReviewState` or its code)
        on ``date`` (``datetime.date`` or ``"YYYY-MM-DD"``), with an optional
        note. Raises :class:`StateError` for a transition the procedure does not allow or
        a disbursement within the publicity period (the message names both
        states), :class:`InvalidArgument` for a date before the current
        state's. On failure the record is unchanged. Returns ``self``."""
        to = ReviewState(to)
        date = _date_required(date, "date")
        with self._h as r, self._policy._h as ptr:
            _core.gsbx_review_advance(r, ptr, to.value, date, note)
        return self

    @property
    def application(self):
        """The application id."""
        return self._h.call(_core.gsb_review_application)

    @property
    def state(self):
        """The current :class:`ReviewState`."""
        return _review_state(self._h.call(_core.gsb_review_current))

    @property
    def date(self):
        """The date of the current state (datetime.date)."""
        return _date(self._h.call(_core.gsb_review_current_date))

    @property
    def history(self):
        """The history, submission first (list of :class:`HistoryEntry`)."""
        with self._h as r:
            return [HistoryEntry(_review_state(_core.gsbx_review_history_state(r, i)),
                                 _date(_core.gsbx_review_history_date(r, i)),
                                 _core.gsbx_review_history_note(r, i))
                    for i in range(_core.gsb_review_history_count(r))]

    @property
    def disbursable_from(self):
        """The first day the record may move from publicised to disbursed
        (datetime.date); :class:`StateError` when it is not publicised."""
        with self._h as r, self._policy._h as ptr:
            return _date(_core.gsbx_review_disbursable_from(r, ptr))

    def to_xml(self):
        """The record as a review document (``<review>``)."""
        return self._h.call(_core.gsbx_review_to_xml)

    def write_file(self, path):
        """Write the record as a review document (UTF-8) to ``path``."""
        with open(_path(path), "w", encoding="utf-8") as f:
            f.write(self.to_xml())

    def __repr__(self):
        if self._h.closed:
            return "<geshibai.Review (closed)>"
        return "<geshibai.Review %s %s %s>" % (self.application, self.state.value, self.date)


# ---------------------------------------------------------------- what-if

class ChangeSide(_typing.NamedTuple):
    """One side of a changed application in a :class:`WhatIf`: ``outcome``
    (:class:`Outcome`), ``tier`` (:class:`Tier`), ``status`` (the subsidy
    status code), ``cap`` and ``granted`` (yuan, Decimal)."""
    outcome: Outcome
    tier: Tier
    status: str
    cap: _decimal.Decimal
    granted: _decimal.Decimal


class Change(_typing.NamedTuple):
    """An application whose outcome, tier or grant differs between the two
    policies: ``application`` (id or None), ``position`` (1-based among those
    compared), ``what`` (the set of ``"outcome"``, ``"tier"``,
    ``"granted"``), ``as_of`` (datetime.date), ``a`` and ``b``
    (:class:`ChangeSide`) and ``difference`` (b - a granted, Decimal)."""
    application: _typing.Optional[str]
    position: int
    what: _typing.FrozenSet[str]
    as_of: _datetime.date
    a: ChangeSide
    b: ChangeSide
    difference: _decimal.Decimal


_WHAT = ((_core.GSB_CHANGE_OUTCOME, "outcome"), (_core.GSB_CHANGE_TIER, "tier"),
         (_core.GSB_CHANGE_GRANTED, "granted"))


class WhatIf(_Closeable):
    """A what-if comparison: a batch decided under policy A (the
    guide in force) and policy B (the reform). :attr:`changes` lists every
    application whose outcome, tier or grant differs; :attr:`total_a` and
    :attr:`total_b` are the total provincial awards, exact (Decimal, yuan).
    :meth:`to_dict` is exactly ``geshibai compare --format json``. Made by
    :meth:`Policy.compare`; keeps both policies open until closed."""

    __slots__ = ("_h", "__weakref__")

    def __init__(self, policy_a, policy_b, paths, as_of):
        """Internal: use :meth:`Policy.compare`."""
        ha, hb = policy_a._h, policy_b._h
        pa = ha.acquire()
        try:
            pb = hb.acquire()
        except BaseException:
            ha.release()
            raise
        try:
            w = _core.gsbx_whatif_new(pa, pb)
        except BaseException:
            ha.release()
            hb.release()
            raise

        def free(ptr, ha=ha, hb=hb):
            _core.gsbx_whatif_free(ptr)
            ha.release()
            hb.release()

        self._h = _Handle(w, free, "what-if")
        try:
            for path in paths:
                _core.gsbx_whatif_add_file(w, _path(path), as_of)
        except BaseException:
            self._h.close()
            raise

    def to_dict(self, lang=None):
        """The comparison as a dict: exactly ``geshibai compare --format json``."""
        return _json.loads(self.to_json(lang))

    def to_json(self, lang=None):
        """The comparison as the CLI's JSON text."""
        return self._h.call(_core.gsbx_whatif_report, _core.GSB_FORMAT_JSON, _lang(lang))

    def to_xml(self, lang=None):
        """The comparison as XML (``<comparison>`` in urn:geshibai:1)."""
        return self._h.call(_core.gsbx_whatif_report, _core.GSB_FORMAT_XML, _lang(lang))

    def to_text(self, lang=None):
        """The comparison as the CLI's text for people."""
        return self._h.call(_core.gsbx_whatif_report, _core.GSB_FORMAT_TEXT, _lang(lang))

    @property
    def count(self):
        """Number of applications compared."""
        return self._h.call(_core.gsb_whatif_count)

    @property
    def error_count(self):
        """Number of inputs that could not be decided (listed in the report)."""
        return self._h.call(_core.gsb_whatif_error_count)

    @property
    def total_a(self):
        """Total provincial award under policy A, in yuan (exact Decimal)."""
        return _yuan(self._h.call(_core.gsb_whatif_total_a))

    @property
    def total_b(self):
        """Total provincial award under policy B, in yuan (exact Decimal)."""
        return _yuan(self._h.call(_core.gsb_whatif_total_b))

    @property
    def difference(self):
        """total_b - total_a, in yuan (exact Decimal): the budget impact."""
        return _yuan(self._h.call(_core.gsb_whatif_difference))

    @property
    def changes(self):
        """The changed applications in input order (list of :class:`Change`)."""
        with self._h as w:
            out = []
            for i in range(_core.gsb_whatif_change_count(w)):
                sides = [ChangeSide(_OUTCOME_PY[_core.gsb_whatif_change_outcome(w, i, b)],
                                    _TIER_PY[_core.gsb_whatif_change_tier(w, i, b)],
                                    _core.gsb_subsidy_status_name(_core.gsb_whatif_change_status(w, i, b)),
                                    _yuan(_core.gsb_whatif_change_cap(w, i, b)),
                                    _yuan(_core.gsb_whatif_change_granted(w, i, b)))
                         for b in (0, 1)]
                what = _core.gsb_whatif_change_what(w, i)
                out.append(Change(_core.gsb_whatif_change_application(w, i),
                                  _core.gsb_whatif_change_position(w, i),
                                  frozenset(name for bit, name in _WHAT if what & bit),
                                  _date(_core.gsb_whatif_change_as_of(w, i)),
                                  sides[0], sides[1], sides[1].granted - sides[0].granted))
            return out

    def __repr__(self):
        if self._h.closed:
            return "<geshibai.WhatIf (closed)>"
        return "<geshibai.WhatIf %d compared, %d changed, %s -> %s>" % (
            self.count, len(self.changes), self.total_a, self.total_b)


def _paths(paths):
    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        return [paths]
    paths = list(paths)
    if not paths:
        raise InvalidArgument("no input file")
    return paths


# ---------------------------------------------------------------- vocabularies

class IndustryMatch(_typing.NamedTuple):
    """Result of :func:`lookup_industry`: the :class:`Industry` (None when the
    name is none of the ten) and the normalised name."""
    industry: _typing.Optional[Industry]
    normalised: str


def lookup_industry(name):
    """Look an industry name up as the rule book says (NFKC, full-width folded,
    white space removed, Traditional to Simplified, codes case-insensitive).
    Returns an :class:`IndustryMatch`."""
    code = _core.gsbx_industry_lookup(name)
    norm = _core.gsbx_industry_normalise(name)
    return IndustryMatch(None if code < 0 else Industry(code), norm)


class UsccInfo(_typing.NamedTuple):
    """A decoded unified social credit code (GB 32100-2015). True when valid."""
    valid: bool
    code: str
    authority: str
    category: str
    division: str
    organisation: str
    check: str
    expected_check: str
    problem: _typing.Optional[str]

    def __bool__(self):
        return self.valid


def validate_uscc(code):
    """Decode and check a unified social credit code; returns a :class:`UsccInfo`
    (``bool(info)`` is its validity: an invalid code is not an exception)."""
    if not isinstance(code, str):
        raise InvalidArgument("code must be a str")
    u = _core.gsbx_uscc_decode(code)
    return UsccInfo(bool(u.valid), u.code, u.authority, u.category, u.division,
                    u.organisation, u.check.rstrip("\0"), u.expected_check.rstrip("\0"),
                    u.problem)


def amount_in_words(amount):
    """An amount in yuan (Decimal, str or int) in Chinese financial capitals."""
    fen = _core.gsbx_fen_parse(str(amount))
    return _core.gsbx_fen_to_words(fen)


def version():
    """The libgeshibai version at run time ("1.0.0")."""
    return _core.gsb_version()


__version__ = _core.GSB_VERSION_STRING
