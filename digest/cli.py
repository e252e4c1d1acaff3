"""The `digest` command line: convert raw dumps, check entries, start a new entry."""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys
from pathlib import Path

import click

from digest import __version__
from digest.errors import WriteError


def _err(line: str) -> None:
    """Errors are plain, unwrapped lines on stderr (`path:line: message`)."""
    sys.stderr.write(line.rstrip("\n") + "\n")


def _shown_path(p: Path) -> str:
    """The path as given, relative to the working directory (the repository root) when inside it."""
    try:
        return p.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return p.as_posix()


def _collect(paths: tuple[str, ...]) -> tuple[list[tuple[Path, str]], list[str]]:
    """The input files: files named on the command line, and the regular files that lie inside each
    named folder. A link that leads out of its folder, a device or a pipe is refused with a line."""
    from digest.convert.read import INPUT_EXT

    found, refused = [], []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            base = p.resolve()
            for f in sorted(p.rglob("*")):
                if f.name.startswith(".") or f.suffix.lower() not in INPUT_EXT or f.is_dir():
                    continue
                real = f.resolve()
                if not real.is_relative_to(base):
                    refused.append(f"{_shown_path(f)}: a link to {real}, outside {raw}; not read (copy the file "
                                   "into the folder, or name it on the command line)")
                elif not _regular(real):
                    refused.append(f"{_shown_path(f)}: not a regular file (a device, pipe or broken link); not read")
                else:
                    found.append((f, _shown_path(f)))
        elif p.is_file():
            found.append((p, _shown_path(p)))
        elif p.exists():
            refused.append(f"{raw}: not a regular file (a device or pipe); name a file or a folder")
        else:
            refused.append(f"{raw}: no such file or folder; check the path")
    return found, refused


def _regular(p: Path) -> bool:
    try:
        return stat.S_ISREG(p.stat().st_mode)
    except OSError:
        return False


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="digest")
def main() -> None:
    """Turn raw AI-news dumps into cross-referenced Markdown entries for the MkDocs site.

    \b
    Examples:
      digest convert seeds                 # convert every dump in seeds/ into content/entries/
      digest check                         # validate every entry under content/entries/
      digest new "Title" --publisher Wired # start a hand-written entry
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--out", "out_dir", default="content", show_default=True, type=click.Path(file_okay=False),
              help="Folder that holds entries/ (the MkDocs docs_dir).")
@click.option("--date", "default_date", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Publication date for inputs that state none and join no dated story.")
@click.option("--config", "config_dir", type=click.Path(file_okay=False, exists=True),
              help="Folder with entities.yml, attributes.yml, sources.yml (default: ./site_config).")
@click.option("--max-size", default=10, show_default=True, type=click.IntRange(1, 1024),
              help="Reject inputs larger than this many MB.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(0, 256),
              help="Worker processes for reading and extraction; 0 uses every core.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@click.option("-v", "--verbose", is_flag=True, help="List every file written or left unchanged.")
def convert(paths, out_dir, default_date, config_dir, max_size, jobs, quiet, verbose):
    """Convert raw dumps (.txt page text, .html pages, RSS/Atom feeds) into entries.

    PATHS are files or folders. Re-running on the same inputs rewrites nothing; entries edited
    by hand are never overwritten; two runs into one folder never overwrite each other's entries.
    In a folder, links that lead out of it, devices and pipes are refused. Exit 0 when every input
    converted, 1 when some were rejected or the entries could not be written.

    \b
    Examples:
      digest convert seeds
      digest convert new-dumps/ --out content --date 2026-06-19
    """
    from digest.config import load_knowledge
    from digest.convert import convert_paths

    try:
        k = load_knowledge(config_dir)
    except (ValueError, OSError) as err:
        _err(f"{config_dir or 'site_config'}: {err}")
        sys.exit(2)
    inputs, missing = _collect(paths)
    for line in missing:
        _err(line)
    progress = None
    bar = None
    if sys.stderr.isatty() and not quiet and len(inputs) > 20:
        from rich.progress import Progress

        bar = Progress(transient=True)
        task = bar.add_task("converting", total=len(inputs))
        bar.start()
        progress = lambda: bar.advance(task)  # noqa: E731
    try:
        report = convert_paths(inputs, Path(out_dir), k,
                               default_date=default_date.date() if default_date else None,
                               max_bytes=max_size * 1024 * 1024, progress=progress,
                               jobs=jobs or (os.cpu_count() or 1))
    except WriteError as err:
        _err(str(err))
        sys.exit(1)
    finally:
        if bar:
            bar.stop()
    for line in report.rejected:
        _err(line)
    for line in report.notices:
        _err(line)
    if not quiet:
        for line in report.duplicates + report.kept_hand_edits:
            _err(line)
        if verbose:
            for p in report.written:
                click.echo(f"wrote {p}")
            for p in report.unchanged:
                click.echo(f"unchanged {p}")
        click.echo(
            f"{len(report.written)} written, {len(report.unchanged)} unchanged, "
            f"{len(report.kept_hand_edits)} kept (hand-edited), {len(report.duplicates)} duplicates, "
            f"{len(report.rejected) + len(missing)} rejected"
        )
    sys.exit(1 if report.rejected or missing else 0)


@main.command()
@click.argument("folder", default="content", type=click.Path(file_okay=False))
@click.option("--config", "config_dir", type=click.Path(file_okay=False, exists=True))
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
def check(folder, config_dir, quiet):
    """Validate the front matter of every entry under FOLDER/entries/ (default: content).

    Prints one `path:line: message` per problem and exits 1 if there is any.

    \b
    Example:
      digest check content
    """
    from digest.check import check_folder
    from digest.config import load_knowledge

    root = Path(folder)
    if not root.is_dir():
        _err(f"{folder}: no such folder; pass the docs folder that holds entries/")
        sys.exit(2)
    notices: list = []
    problems, count = check_folder(root, load_knowledge(config_dir), notices=notices)
    for p in problems + notices:
        _err(str(p))
    if not quiet:
        n = len(problems)
        undated = f", {len(notices)} undated" if notices else ""
        click.echo(f"{count} {'entry' if count == 1 else 'entries'} checked, {n} {'problem' if n == 1 else 'problems'}{undated}")
    sys.exit(1 if problems else 0)


@main.command()
@click.argument("title")
@click.option("--publisher", required=True, help="The outlet whose article this is.")
@click.option("--url", help="Link to the original article.")
@click.option("--date", "date", type=click.DateTime(formats=["%Y-%m-%d"]), help="Publication date (default: today).")
@click.option("--out", "out_dir", default="content", show_default=True, type=click.Path(file_okay=False))
def new(title, publisher, url, date, out_dir):
    """Write a new hand-written entry with valid front matter and print its path.

    \b
    Example:
      digest new "Mistral ships Large 3" --publisher TechCrunch --url https://example.com/a
    """
    from digest.newentry import write_new_entry

    day = date.date() if date else dt.date.today()
    try:
        path = write_new_entry(Path(out_dir), title, publisher, url, day)
    except (ValueError, FileExistsError) as err:
        _err(str(err))
        sys.exit(1)
    click.echo(str(path))


@main.command()
@click.option("--out", "out_path", default="site_config/entry.schema.json", show_default=True,
              type=click.Path(dir_okay=False), help="Where to write the JSON Schema.")
def schema(out_path):
    """Write the JSON Schema of entry front matter, for editors' YAML tooling.

    \b
    Example:
      digest schema --out site_config/entry.schema.json
    """
    from digest.schema import write_json_schema

    click.echo(str(write_json_schema(out_path)))


if __name__ == "__main__":
    main()
