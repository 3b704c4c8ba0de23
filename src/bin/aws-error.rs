//! `aws-error`: the catalogue and the mapping rules from the command line.
//! A thin layer over the library: every answer comes from the core.

use aws_error::{
    catalogue, journal, mapping, response, ClassName, Error, ErrorCode, ErrorInfo, Lang,
};
use serde_json::{json, Value};
use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "\
usage: aws-error <command> [arguments]

commands:
  describe CODE [--lang zh|en] [--json]   what an error code means and what to do
  list [--json|--markdown]               the whole catalogue
  exception CLASS [SUPERCLASS...] [--json]
                                         the code for an exception class, given with its
                                         superclasses (most specific first)
  log FILE... [--code N] [--category C] [--json]
                                         an aws.log error journal for people: FILE and its
                                         rolled backups FILE.N, oldest first; filters by
                                         code and category (client, server, availability,
                                         quota); --json passes the records through
  parse FILE|-                           the errorCode of a ResponseObject body (JSON or
                                         XML) and what it means; - reads standard input
  version                                the library version

Class names may be binary (com.a.B, com.a.Outer$Inner), internal (com/a/B) or simple (B).
Exit status: 0 ok, 1 unknown code (describe) or a non-numeric errorCode (parse),
2 bad usage or bad input.";

/// Writes a line to stderr. Not eprintln!, which panics when stderr is closed or full.
fn warn(msg: &str) {
    let _ = writeln!(std::io::stderr(), "{msg}");
}

/// A failure the user caused: message plus exit status.
struct Fail(u8, String);

fn usage(msg: impl Into<String>) -> Fail {
    Fail(2, format!("aws-error: {}\n\n{USAGE}", msg.into()))
}

fn main() -> ExitCode {
    let args: Vec<String> = match std::env::args_os()
        .skip(1)
        .map(|a| a.into_string())
        .collect::<Result<_, _>>()
    {
        Ok(a) => a,
        Err(bad) => {
            warn(&format!("aws-error: argument is not valid UTF-8: {bad:?}"));
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(out) => {
            // Not print!: it panics when stdout is closed (`| head`) or full.
            let mut stdout = std::io::stdout().lock();
            match stdout
                .write_all(out.as_bytes())
                .and_then(|()| stdout.flush())
            {
                Ok(()) => ExitCode::SUCCESS,
                // The reader went away: nothing more to say, as other Unix tools do.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => {
                    warn(&format!("aws-error: cannot write the output: {e}"));
                    ExitCode::from(2)
                }
            }
        }
        Err(Fail(status, msg)) => {
            warn(&msg);
            ExitCode::from(status)
        }
    }
}

fn run(args: &[String]) -> Result<String, Fail> {
    let Some((cmd, rest)) = args.split_first() else {
        return Err(usage("no command given"));
    };
    match cmd.as_str() {
        "describe" => describe(rest),
        "list" => list(rest),
        "exception" => exception(rest),
        "log" => log(rest),
        "parse" => parse(rest),
        "version" | "--version" | "-V" if rest.is_empty() => {
            Ok(format!("aws-error {}\n", aws_error::VERSION))
        }
        "version" | "--version" | "-V" => Err(usage("version takes no arguments")),
        "help" | "--help" | "-h" => Ok(format!("{USAGE}\n")),
        other => Err(usage(format!("unknown command '{other}'"))),
    }
}

/// Splits `--flag` options (with their values, for those that take one) from positionals.
struct Opts<'a> {
    json: bool,
    lang: Option<&'a str>,
    positional: Vec<&'a str>,
}

fn parse_opts<'a>(args: &'a [String], allow_lang: bool) -> Result<Opts<'a>, Fail> {
    let mut opts = Opts {
        json: false,
        lang: None,
        positional: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => opts.json = true,
            "--lang" if allow_lang => match it.next() {
                Some(l) => opts.lang = Some(l),
                None => return Err(usage("--lang needs a value: zh or en")),
            },
            s if allow_lang && s.starts_with("--lang=") => opts.lang = Some(&s[7..]),
            s if s.starts_with("--") => return Err(usage(format!("unknown option '{s}'"))),
            s => opts.positional.push(s),
        }
    }
    Ok(opts)
}

fn parse_lang(lang: Option<&str>) -> Result<Lang, Fail> {
    match lang {
        None | Some("en") => Ok(Lang::En),
        Some("zh") => Ok(Lang::Zh),
        Some(other) => Err(usage(format!("unknown language '{other}': use zh or en"))),
    }
}

fn parse_code(s: &str) -> Result<i32, Fail> {
    s.trim()
        .parse::<i32>()
        .map_err(|_| usage(format!("'{s}' is not an integer error code")))
}

fn describe(args: &[String]) -> Result<String, Fail> {
    let opts = parse_opts(args, true)?;
    let lang = parse_lang(opts.lang)?;
    let [code] = opts.positional[..] else {
        return Err(usage("describe takes exactly one CODE"));
    };
    let code = ErrorCode::new(parse_code(code)?);
    let Some(info) = code.info() else {
        let msg = format!(
            "{}: {} (category: {})",
            code,
            code.name(lang),
            code.category().as_str()
        );
        return Err(Fail(1, format!("aws-error: {msg}")));
    };
    if opts.json {
        return Ok(format!("{}\n", pretty(&entry_json(info))));
    }
    Ok(entry_text(info, lang))
}

fn list(args: &[String]) -> Result<String, Fail> {
    let markdown = args.iter().any(|a| a == "--markdown");
    let rest: Vec<String> = args
        .iter()
        .filter(|a| *a != "--markdown")
        .cloned()
        .collect();
    let opts = parse_opts(&rest, false)?;
    if !opts.positional.is_empty() {
        return Err(usage("list takes no arguments"));
    }
    if markdown {
        return Ok(markdown_table());
    }
    if opts.json {
        let all: Vec<Value> = catalogue::all().iter().map(entry_json).collect();
        return Ok(format!("{}\n", pretty(&Value::Array(all))));
    }
    let mut out = String::from("code  category      exception                      name\n");
    for e in catalogue::all() {
        out.push_str(&format!(
            "{:<5} {:<13} {:<30} {} ({})\n",
            e.code(),
            e.category().as_str(),
            e.exception().unwrap_or("-"),
            e.name_zh(),
            e.name_en()
        ));
    }
    Ok(out)
}

fn exception(args: &[String]) -> Result<String, Fail> {
    let opts = parse_opts(args, false)?;
    if opts.positional.is_empty() {
        return Err(usage("exception needs at least one CLASS"));
    }
    // Validate every name first (the chain rule does too) so the message names the culprit.
    for n in &opts.positional {
        ClassName::parse(n).map_err(|e| Fail(2, format!("aws-error: '{n}': {e}")))?;
    }
    let code = mapping::code_for_exception_chain(opts.positional.iter().copied())
        .map_err(|e| Fail(2, format!("aws-error: {e}")))?;
    let matched = opts.positional.iter().find(|n| {
        ClassName::parse(n)
            .ok()
            .and_then(|c| mapping::mapped_code(&c))
            .is_some()
    });
    let info = ErrorCode::new(code).info();
    if opts.json {
        let v = json!({
            "code": code.to_string(),
            "matched": matched,
            "name_zh": info.map(ErrorInfo::name_zh),
            "name_en": info.map(ErrorInfo::name_en),
            "chain": opts.positional,
        });
        return Ok(format!("{}\n", pretty(&v)));
    }
    let name = info.map_or(String::new(), |i| {
        format!(" {} ({})", i.name_zh(), i.name_en())
    });
    let why = match matched {
        Some(m) => format!("matched {m}"),
        None => "no class in the chain is mapped: default".to_string(),
    };
    Ok(format!("{code}{name}\n  {why}\n"))
}

/// The catalogue as the README shows it (tests/readme.rs keeps them equal).
fn markdown_table() -> String {
    let mut out = String::from(
        "| code | 名称 | name | category | exception | scope | resend safe | advice |\n|---|---|---|---|---|---|---|---|\n",
    );
    for e in catalogue::all() {
        let exceptions: Vec<&str> = e.exceptions().collect();
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} |\n",
            e.code(),
            e.name_zh(),
            e.name_en(),
            e.category().as_str(),
            if exceptions.is_empty() {
                "—".to_string()
            } else {
                exceptions.join(", ")
            },
            e.scope().as_str(),
            if e.resend_safe() { "yes" } else { "no" },
            e.advice().as_str(),
        ));
    }
    out
}

fn log(args: &[String]) -> Result<String, Fail> {
    let mut json = false;
    let mut code: Option<i32> = None;
    let mut category: Option<&str> = None;
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => json = true,
            "--code" => {
                let v = it.next().ok_or_else(|| usage("--code needs a value"))?;
                code = Some(parse_code(v)?);
            }
            "--category" => {
                let v = it.next().ok_or_else(|| usage("--category needs a value"))?;
                const WORDS: [&str; 4] = ["client", "server", "availability", "quota"];
                if !WORDS.contains(&v.as_str()) {
                    return Err(usage(format!(
                        "unknown category '{v}': use one of {}",
                        WORDS.join(", ")
                    )));
                }
                category = Some(v);
            }
            s if s.starts_with("--") => return Err(usage(format!("unknown option '{s}'"))),
            f => files.push(f),
        }
    }
    if files.is_empty() {
        return Err(usage("log needs at least one FILE"));
    }
    let mut out = String::new();
    let mut skipped = 0usize;
    for f in files {
        let base = std::path::Path::new(f);
        if !base.exists() {
            return Err(Fail(2, format!("aws-error: {f}: no such file")));
        }
        for path in journal::journal_files(base) {
            let bytes = std::fs::read(&path)
                .map_err(|e| Fail(2, format!("aws-error: {}: {e}", path.display())))?;
            for line in String::from_utf8_lossy(&bytes)
                .lines()
                .filter(|l| !l.is_empty())
            {
                let Some(entry) = journal::parse_line(line) else {
                    skipped += 1;
                    continue;
                };
                if code.is_some_and(|c| entry.code() != Some(c))
                    || category.is_some_and(|c| entry.category != c)
                {
                    continue;
                }
                if json {
                    out.push_str(line);
                    out.push('\n');
                    continue;
                }
                let name = entry
                    .code()
                    .and_then(|c| ErrorCode::new(c).info())
                    .map_or("", |i| i.name_en());
                // One line per record: every field from the file is shown escaped, so
                // no line break or terminal escape in a record can forge output.
                out.push_str(&format!(
                    "{} {:<4} {} {} | {} | {}\n",
                    shown(&entry.time),
                    shown(&entry.level),
                    shown(&entry.error_code),
                    name,
                    shown(&entry.exception),
                    shown(&entry.msg)
                ));
            }
        }
    }
    if skipped > 0 {
        warn(&format!(
            "aws-error: skipped {skipped} line(s) that are not journal records"
        ));
    }
    Ok(out)
}

fn parse(args: &[String]) -> Result<String, Fail> {
    let [source] = args else {
        return Err(usage(
            "parse takes exactly one FILE, or - for standard input",
        ));
    };
    let bytes = if source == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)
            .map_err(|e| Fail(2, format!("aws-error: standard input: {e}")))?;
        buf
    } else {
        std::fs::read(source).map_err(|e| Fail(2, format!("aws-error: {source}: {e}")))?
    };
    let body =
        response::parse_body(&bytes).map_err(|e| Fail(2, format!("aws-error: {source}: {e}")))?;
    let raw = body.error_code.as_deref().unwrap_or("");
    let result = shown(&body.result);
    match body.code() {
        Ok(0) if raw.trim().is_empty() => Ok(format!("result: {result}\nerrorCode: none\n")),
        Ok(code) => {
            let c = ErrorCode::new(code);
            let Some(i) = c.info() else {
                return Err(Fail(
                    1,
                    format!(
                        "aws-error: errorCode '{}' is not a platform code (category: {})",
                        shown(raw),
                        c.category().as_str()
                    ),
                ));
            };
            let msg = shown(body.msg.as_deref().unwrap_or(""));
            Ok(format!(
                "result: {result}\nerrorCode: {code} {} ({}): {}\nmsg: {msg}\n",
                i.name_zh(),
                i.name_en(),
                i.description_en()
            ))
        }
        Err(e @ (Error::NonNumericCode | Error::CodeOverflow)) => Err(Fail(
            1,
            format!(
                "aws-error: errorCode '{}' is an app-defined code, not a platform code: {e}",
                shown(raw)
            ),
        )),
        Err(e) => Err(Fail(2, format!("aws-error: {source}: {e}"))),
    }
}

/// Text from a file, shown on one line with control characters escaped.
fn shown(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            if c.is_control() {
                c.escape_debug().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect()
}

fn entry_text(e: &ErrorInfo, lang: Lang) -> String {
    let (name, desc) = match lang {
        Lang::Zh => (e.name_zh(), e.description_zh()),
        Lang::En => (e.name_en(), e.description_en()),
    };
    let exceptions: Vec<&str> = e.exceptions().collect();
    format!(
        "{code} {name}\n  {desc}\n  name (zh/en):  {zh} / {en}\n  category:      {cat}\n  exception:     {exc}\n  scope:         {scope}\n  in response:   {resp}\n  resend safe:   {safe}\n  advice:        {advice}\n  source:        {source}\n",
        code = e.code(),
        zh = e.name_zh(),
        en = e.name_en(),
        cat = e.category().as_str(),
        exc = if exceptions.is_empty() { "-".to_string() } else { exceptions.join(", ") },
        scope = e.scope().as_str(),
        resp = e.in_response(),
        safe = e.resend_safe(),
        advice = e.advice().as_str(),
        source = e.source().as_str(),
    )
}

/// The JSON form of an entry; the CLI's `list --json` is generated from this alone.
fn entry_json(e: &ErrorInfo) -> Value {
    json!({
        "code": e.code(),
        "category": e.category().as_str(),
        "name_zh": e.name_zh(),
        "name_en": e.name_en(),
        "description_zh": e.description_zh(),
        "description_en": e.description_en(),
        "exception": e.exception(),
        "exceptions": e.exceptions().collect::<Vec<_>>(),
        "scope": e.scope().as_str(),
        "in_response": e.in_response(),
        "resend_safe": e.resend_safe(),
        "advice": e.advice().as_str(),
        "source": e.source().as_str(),
    })
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_else(|_| v.to_string())
}
