"""Where warta finds its corpus, keeps its index and reads user configuration.

Every location has a default from platformdirs, an environment variable and a command-line
flag, in rising order of precedence, so that tests can point everything at ``tmp_path``.
"""

from __future__ import annotations

import errno
import functools
import hashlib
import os
import re
import shlex
import stat
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from warta.search.errors import N_, WartaError, excerpt
from warta.search.sanitize import clean_line

CORPUS_ENV = "WARTA_CORPUS"
INDEX_DIR_ENV = "WARTA_INDEX_DIR"
ENTITIES_ENV = "WARTA_ENTITIES"
DATA_DIR_ENV = "WARTA_DATA_DIR"
APP_NAME = "warta"
#: Written into every index folder warta creates or adopts: warta writes only in such a
#: folder, and never reads one as part of a corpus.
INDEX_MARKER = "WARTA-INDEX"
#: What the marker holds: a stray file of that name (in a downloaded archive, say) does
#: not make a corpus folder an index, whose articles would then go unread.
MARKER_TEXT = "warta index, format 1\n"
#: The list of what an update skipped, that warta keeps in its index folder.
SKIPPED_LIST = "skipped.txt"

#: What a file key escapes: backslashes, and the surrogates that stand for undecodable bytes.
_KEY_ESCAPED = re.compile(r"[\\\ud800-\udfff]")
_KEY_ESCAPE = re.compile(r"\\(\\|u[0-9a-f]{4})")


def read_regular_file(path: Path, limit: int = -1, *, follow_symlinks: bool = False) -> bytes:
    """The bytes of ``path`` (at most ``limit``), which must be a regular file.

    Opened without blocking, then checked with ``fstat``: a FIFO or device put in place of
    an index or settings file must not hang a command or feed it endless bytes. A symlink
    is refused unless ``follow_symlinks`` (a file the user names, which dotfile managers
    link). Anything else raises OSError.
    """
    descriptor = open_regular_file(path, os.O_RDONLY, follow_symlinks=follow_symlinks)
    with os.fdopen(descriptor, "rb") as handle:
        return handle.read(limit)


def is_null_device(path: Path) -> bool:
    """Whether ``path`` is the system's null device, by any name (a link to it too): a
    settings or entity file named so is an empty one, as a script says "none" to git
    (``GIT_CONFIG_GLOBAL=/dev/null``) or pip (``PIP_CONFIG_FILE``)."""
    try:
        return os.path.samefile(path, os.devnull)
    except (OSError, ValueError):  # not there, or a name the system refuses
        return False


def replace_file(path: Path, data: bytes) -> None:
    """Make ``path`` hold ``data``, whole or not at all: written to a temporary file beside
    it, then renamed over it.

    The temporary's name is predictable (it ends in the process id), so whatever stands in
    its place is removed first and the file is created exclusively: a symbolic link planted
    there had its target, a file anywhere, overwritten.
    """
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(temporary, flags | getattr(os, "O_CLOEXEC", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.replace(temporary, path)
        except OSError as error:  # about ``path`` (a folder in its place), not the temporary
            raise OSError(error.errno, error.strerror, str(path)) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def open_regular_file(path: Path, flags: int, *, follow_symlinks: bool = False) -> int:
    """A descriptor on ``path`` opened with ``flags``, if it is a regular file (see
    :func:`read_regular_file`); with ``O_CREAT`` in ``flags`` a missing file is created.

    A symlink put in place of a file warta writes (the index's lock) must not make it
    create or open a file outside its folder: it is refused as "a symbolic link".
    """
    flags |= os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(path, flags, 0o644)
    except OSError as error:
        if error.errno == errno.ELOOP and not follow_symlinks and os.path.islink(path):
            raise OSError(errno.ELOOP, "a symbolic link, not a regular file", str(path)) from None
        raise
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
    except OSError:
        os.close(descriptor)
        raise
    return descriptor


#: Folders the user's own settings vouch for (``trusted``), and everything in them.
_vouched: frozenset[Path] = frozenset()


def vouch_for(folders: Iterable[Path]) -> None:
    """Trust ``folders`` for the rest of this process though another user owns them or can
    write them: a team's index on a shared server, as git's ``safe.directory`` is. Only
    the user's settings file may say so (:func:`check_trusted` has vouched for it first)."""
    global _vouched
    _vouched = frozenset(_real(folder) for folder in folders)


def _real(folder: Path) -> Path:
    try:
        return folder.resolve()
    except (OSError, RuntimeError):  # a loop of links, a name too long
        return folder.absolute()


def check_trusted(folder: Path, info: os.stat_result | None = None, *, file: bool = False) -> None:
    """Refuse ``folder`` (whose ``stat`` is ``info``, if the caller has it) for warta's
    index or workspace, or a settings ``file``, when someone else could write it, as git
    refuses a repository of "dubious ownership": whoever can write there can plant links in
    a generation or swap its files, or name a pager for warta to run, and warta, run by
    this user or by root, would write, read and run through them. Opening an index also
    runs what its writer put there: Whoosh stores its schema pickled.

    Trusted: a folder owned by this user (or by root, for a user), that no other user can
    write: not by others, and by its group only when that group is this user's private
    one; or a folder the settings vouch for (:func:`vouch_for`), or one inside it. A folder
    that is missing (warta creates it) or cannot be looked at (the caller says so) passes.
    """
    if not hasattr(os, "geteuid"):  # pragma: no cover - Windows has no such modes
        return
    if not file and _vouched:
        real = _real(folder)
        # The folder and those above it looked up, not every vouched folder compared: 50,000
        # of them made each command take 26 s.
        if not _vouched.isdisjoint((real, *real.parents)):
            return
    try:
        info = info or os.stat(folder)
    except OSError:
        return
    if not (stat.S_ISDIR(info.st_mode) or stat.S_ISREG(info.st_mode)):
        # A device or a FIFO holds nothing to plant, and its user refuses it as no folder:
        # ``--data-dir /dev/null`` was told to ``chmod go-w /dev/null``.
        return
    me = os.geteuid()
    shown = shlex.quote(clean_line(str(folder)))
    if info.st_uid not in {me, 0}:
        raise WartaError(
            N_(
                "{folder} belongs to another user ({owner}); warta uses only files of your "
                "own for its settings: take it (chown {user} {folder})"
            )
            if file
            else N_(
                "{folder} belongs to another user ({owner}); warta uses only folders of your "
                "own for its index and workspace: take it (chown -R {user} {folder}), use "
                "another, or vouch for it in the trusted setting"
            ),
            folder=shown,
            owner=_user_name(info.st_uid),
            user=_user_name(me),
        )
    if info.st_mode & stat.S_IWOTH or (
        info.st_mode & stat.S_IWGRP and not _private_group(info.st_gid)
    ):
        raise WartaError(
            N_(
                "{folder} can be written by other users (mode {mode}); warta uses only "
                "files that you alone can write for its settings: chmod go-w {folder}"
            )
            if file
            else N_(
                "{folder} can be written by other users (mode {mode}); warta uses only "
                "folders that you alone can write for its index and workspace: chmod go-w "
                "{folder}, or vouch for it in the trusted setting"
            ),
            folder=shown,
            mode=f"{stat.S_IMODE(info.st_mode):04o}",
        )


def _user_name(uid: int) -> str:
    import pwd

    try:
        return clean_line(pwd.getpwuid(uid).pw_name)
    except KeyError:  # a uid with no account (a copied disk, a container)
        return str(uid)


@functools.cache
def _private_group(gid: int) -> bool:
    """Whether group ``gid`` holds this user alone (a Debian-style user private group,
    where ``umask 002`` makes every folder group-writable), as OpenSSH's Debian build
    decides it: no members listed and this user's own group, or this user its one member."""
    import grp
    import pwd

    try:
        me = pwd.getpwuid(os.geteuid())
        members = grp.getgrgid(gid).gr_mem
    except KeyError:
        return False
    return members == [me.pw_name] or (not members and me.pw_gid == gid)


def generation_holding(path: Path) -> Path | None:
    """The index generation (``INDEX/gen-*``) that ``path`` is in, if any: an update
    removes an old generation with everything in it, so nothing of the user's may live
    there (a workspace given as ``--data-dir INDEX/gen-…/ws`` lost every star and note
    to the next ``--rebuild``)."""
    for folder in (path, *path.parents):
        if folder.name.startswith("gen-") and is_index_folder(str(folder.parent)):
            return folder
    return None


def index_holding(path: Path) -> Path | None:
    """The warta index folder that ``path`` (a file about to be written) would be in, if
    any: an update replaces or removes what an index folder holds, so a user's export
    there is lost with its generation, or breaks the index it replaces
    (``-o INDEX/gen-…/_MAIN_1.toc --force`` replaced a table of the index with a CSV)."""
    try:
        folder = resolved(path.parent)
    except (OSError, WartaError):  # a name the system refuses: the write says why
        return None
    return next(
        (parent for parent in (folder, *folder.parents) if is_index_folder(str(parent))), None
    )


def is_index_folder(folder: str) -> bool:
    """Whether ``folder`` is a warta index: an index kept inside its corpus (``--index-dir
    corpus/index``) must not have its own files, such as its list of skipped files, read
    as articles, nor watched for changes."""
    try:
        marker = read_regular_file(Path(folder, INDEX_MARKER), len(MARKER_TEXT) + 1)
    except OSError:
        return False
    return marker == MARKER_TEXT.encode()


def bundled_seeds() -> Path:
    """The five bundled articles, installed as package data beside ``search``."""
    installed = Path(__file__).resolve().parent / "seeds"
    if installed.is_dir():
        return installed
    # An editable install maps ``search.seeds`` to the top-level ``seeds/`` folder.
    return Path(__file__).resolve().parent.parent / "seeds"


def corpus_roots(
    flags: Sequence[str] = (),
    environ: Mapping[str, str] | None = None,
    configured: Sequence[Path] = (),
) -> tuple[Path, ...]:
    """The corpus folders: see :func:`corpus_choice`."""
    return corpus_choice(flags, environ, configured)[0]


def corpus_choice(
    flags: Sequence[str] = (),
    environ: Mapping[str, str] | None = None,
    configured: Sequence[Path] = (),
) -> tuple[tuple[Path, ...], str]:
    """``--corpus`` folders, else the ``WARTA_CORPUS`` path list, else the ``configured``
    folders (config.toml's ``corpus``), else the bundled seeds; with where they came from.

    An empty ``--corpus ''`` would resolve to the current folder and a ``WARTA_CORPUS`` of
    separators only to no folder at all: both are refused rather than quietly indexing the
    wrong thing or nothing.
    """
    chosen, source = _typed_corpus(flags, environ, configured)
    return absolute_folders(Path(item) for item in chosen), source


def _typed_corpus(
    flags: Sequence[str], environ: Mapping[str, str] | None, configured: Sequence[Path]
) -> tuple[Sequence[str | Path], str]:
    """The corpus folders as given, before ``~`` and symbolic links are followed, and
    where they came from (see :func:`corpus_choice`)."""
    env = os.environ if environ is None else environ
    if flags:
        for flag in flags:
            given_path(flag, "--corpus")
        return flags, "--corpus"
    if env.get(CORPUS_ENV):  # set but blank (" ") is refused too, not taken for unset
        chosen = [part for part in env[CORPUS_ENV].split(os.pathsep) if part.strip()]
        if not chosen:
            raise WartaError(
                N_("{variable}={value} names no folder"),
                variable=CORPUS_ENV,
                value=repr(excerpt(env[CORPUS_ENV])),
            )
        return chosen, CORPUS_ENV
    if configured:
        return configured, "config.toml"
    return (bundled_seeds(),), "default"


def refuse_corpus_link(
    root: Path,
    flags: Sequence[str] = (),
    environ: Mapping[str, str] | None = None,
    configured: Sequence[Path] = (),
) -> None:
    """Refuse, naming the link, a missing corpus folder ``root`` reached through a
    symbolic link to nothing: "corpus folder not found" named only the link's target, a
    folder the user never typed (``--corpus berita`` said ".../mnt/arsip")."""
    for typed in _typed_corpus(flags, environ, configured)[0]:
        try:
            if absolute_folders([Path(typed)]) == (root,):
                refuse_dangling_link(expanded(typed))
        except OSError:  # a name too long: said as a folder not found
            continue


def absolute_folders(folders: Iterable[Path]) -> tuple[Path, ...]:
    """Corpus folders as the index records them: the files' keys and the folders an index
    was built for are these paths, so ``seeds`` and ``/home/me/seeds`` must be one folder,
    not a corpus whose every file was deleted and added again."""
    return tuple(resolved(expanded(folder)) for folder in folders)


def expanded(path: str | Path) -> Path:
    """``path`` with a leading ``~`` or ``~user`` made that home folder, as a shell does. A
    name no user has (``~nosuchuser``), or ``~`` where no home is known, is one line:
    pathlib raised RuntimeError, a traceback from every path flag, variable and setting."""
    try:
        return Path(path).expanduser()
    except RuntimeError:
        name = str(path).split("/", 1)[0]
        raise WartaError(
            N_("cannot use {path}: no home folder is known for {name}"),
            path=excerpt(str(path)),
            name=excerpt(name),
        ) from None


#: Quotes a pasted path may come wrapped in, each with the mark that closes it: a
#: terminal's drag and drop and a file manager's "copy path" add the shell's own, a chat or
#: a word processor its typographic ones.
PATH_QUOTES = {"“": "”", "„": "“", "‘": "’", "«": "»", "‹": "›", "「": "」", "『": "』"}


def unquoted(text: str) -> str:
    """``text``, a path typed where no shell reads it (a prompt of the explorer), without
    the quotes it was pasted with: ``'/tmp/a b.md'`` and ``"~/x.md"`` are read as a shell
    reads them (``/tmp/a b.md``; the ``~`` is still the home folder, as the prompt expands
    it unquoted), ``“/tmp/x.csv”`` by its typographic pair. Quotes that do not close, or
    words beside a quoted one, are one line (the quoted path was refused as "there is no
    folder '/tmp")."""
    text = text.strip()
    if not text:
        return text
    closing = PATH_QUOTES.get(text[0])
    if closing is not None:
        if len(text) > 1 and text.endswith(closing):
            return text[1:-1]
        raise WartaError(N_("the quotes in {path} do not close"), path=excerpt(text))
    if text[0] not in "'\"":
        return text
    try:
        words = shlex.split(text)
    except ValueError:
        raise WartaError(N_("the quotes in {path} do not close"), path=excerpt(text)) from None
    if len(words) != 1:
        raise WartaError(N_("{path} names more than one file"), path=excerpt(text))
    return words[0]


def resolved(path: Path) -> Path:
    """``path`` made absolute, its symbolic links followed; a symbolic link loop is one
    line (``--corpus loop`` was a RuntimeError traceback)."""
    try:
        return path.resolve()
    except RuntimeError:  # a loop, on Python before 3.13
        pass
    except OSError as error:
        if error.errno != errno.ELOOP:
            raise
    reason = os.strerror(errno.ELOOP)
    raise WartaError(N_("cannot use {path}: {reason}"), path=excerpt(str(path)), reason=reason)


def refuse_dangling_link(path: Path) -> None:
    """Refuse a folder warta would create through a symbolic link to nothing.

    ``mkdir -p`` through such a link (``WARTA_INDEX_DIR``, ``--data-dir``, a cache folder
    linked to a drive not mounted) makes the folder wherever the link points: warta built
    an index at the target of a dangling ``--index-dir``, creating folders it was never
    given. Each part of ``path`` is looked at, from the top, up to the first that is not
    there."""
    absolute = Path(os.path.abspath(path))
    for place in (*reversed(absolute.parents), absolute):
        target = ""
        try:
            if not os.path.lexists(place):
                return
            if not os.path.islink(place):
                continue
            target = os.readlink(place)
            os.stat(place)
            continue
        except FileNotFoundError:  # where the link points, nothing
            if not os.path.islink(place):  # or the link itself is gone since
                return
        except (OSError, ValueError):  # a loop, a name too long, a NUL: said where used
            return
        raise WartaError(
            N_(
                "{link} is a symbolic link to {target}, which does not exist; make that "
                "folder first, or give another"
            ),
            link=excerpt(str(place), middle=True),
            target=excerpt(target, middle=True),
        )


def given_path(flag: str | None, option: str) -> str | None:
    """A path flag as given (None when it was not). An empty one (``--data-dir ''``, a
    script's unset variable) is refused: it meant the default folder, so the stars and
    tags of a script went to the user's own workspace, and an index to the default one.
    Environment variables differ: set but empty means unset, as for any program."""
    if flag is not None and not flag.strip():
        raise WartaError(N_("{option} needs a path, not an empty one"), option=option)
    return flag


def index_dir(
    roots: Sequence[Path], flag: str | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """``--index-dir``, else ``WARTA_INDEX_DIR``, else one cache folder per corpus set."""
    env = os.environ if environ is None else environ
    explicit = given_path(flag, "--index-dir") or env.get(INDEX_DIR_ENV, "").strip()
    if explicit:
        refuse_dangling_link(expanded(explicit))
        return resolved(expanded(explicit))
    from platformdirs import user_cache_path

    key = "\n".join(sorted(str(root) for root in roots))
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return user_cache_path(APP_NAME) / "indexes" / digest


def data_dir(flag: str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """What warta keeps for the user (the workspace, the editor's copies of articles):
    ``--data-dir``, else ``WARTA_DATA_DIR``, else the platform's user data folder."""
    if given_path(flag, "--data-dir"):
        return expanded(str(flag))
    env = os.environ if environ is None else environ
    if env.get(DATA_DIR_ENV, "").strip():
        return expanded(env[DATA_DIR_ENV])
    from platformdirs import user_data_path

    return user_data_path(APP_NAME)


def user_entities_file(
    environ: Mapping[str, str] | None = None, config_folder: Path | None = None
) -> Path | None:
    """The user's gazetteer additions: ``WARTA_ENTITIES``, else ``entities.json`` beside the
    settings file in use (``config_folder``), else in the user config folder, where it has
    always been read (a ``--config`` elsewhere does not lose it)."""
    env = os.environ if environ is None else environ
    if env.get(ENTITIES_ENV, "").strip():
        return expanded(env[ENTITIES_ENV])
    from platformdirs import user_config_path

    folders = (config_folder, user_config_path(APP_NAME))
    candidates = [folder / "entities.json" for folder in folders if folder is not None]
    return next((candidate for candidate in candidates if candidate.is_file()), None)


def file_key(path: Path | str) -> str:
    """``path`` as text that SQLite and Whoosh can store, and :func:`key_path` can undo.

    A file name that is not valid UTF-8 reaches Python with lone surrogates, which no UTF-8
    encoder accepts: they become ``\\uXXXX``, and ``\\`` becomes ``\\\\`` so no key is ambiguous.
    """

    text = str(path)
    if text.isascii() and "\\" not in text:  # most names: nothing to escape
        return text

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        return "\\\\" if char == "\\" else f"\\u{ord(char):04x}"

    return _KEY_ESCAPED.sub(escape, text)


def key_path(key: str) -> Path:
    """The path a :func:`file_key` was made from."""

    def unescape(match: re.Match[str]) -> str:
        escaped = match.group(1)
        return "\\" if escaped == "\\" else chr(int(escaped[1:], 16))

    return Path(_KEY_ESCAPE.sub(unescape, key))
