#!/usr/bin/env bash
# Publishes a folder of conference notes as a static calendar site, keeping confcal's ledger (.confcal/ in the notes
# folder) across runs so that subscribed calendars see edits as updates (SEQUENCE + 1) and removed talks as CANCELLED.
# The GitHub and GitLab workflows beside this script run it on every push; you can run it by hand too.
#
#   deploy/publish.sh NOTES_DIR SITE_DIR [BASE_URL]
#
#   NOTES_DIR  the folder of notes (one Markdown file per conference), or one notes file
#   SITE_DIR   where the site is written (the Pages folder: public/ on GitLab, _site/ on GitHub)
#   BASE_URL   where the site will be served, such as https://you.github.io/notes (absolute subscribe links)
#
# Environment:
#   CONFCAL               how to run confcal (default: java -jar confcal.jar)
#   CONFCAL_COMMIT_STATE  1: commit the notes folder's .confcal/ back to the repository after the export and push it
#                         (needs push rights: contents: write on GitHub, a project access token on GitLab)
set -euo pipefail

notes=${1:?usage: deploy/publish.sh NOTES_DIR SITE_DIR [BASE_URL]}
site=${2:?usage: deploy/publish.sh NOTES_DIR SITE_DIR [BASE_URL]}
base=${3:-}
read -r -a confcal <<< "${CONFCAL:-java -jar confcal.jar}"

if [ -d "$notes" ]; then state="$notes/.confcal"; else state="$(dirname "$notes")/.confcal"; fi

# Every problem at its line, for the job's log; warnings do not stop publishing (what can be read is published, and
# a version with errors never replaces a good one's sessions: see README, "Publishing safely").
"${confcal[@]}" check "$notes" || echo "publish.sh: check reported problems (above); publishing what can be read"

args=(export --out "$site")
[ -n "$base" ] && args+=(--base-url "$base")
"${confcal[@]}" "${args[@]}" "$notes"

if [ "${CONFCAL_COMMIT_STATE:-}" = 1 ]; then
  git add -- "$state"
  if git diff --cached --quiet -- "$state"; then
    echo "publish.sh: the ledger is unchanged"
  else
    git -c user.name="${GIT_AUTHOR_NAME:-confcal}" -c user.email="${GIT_AUTHOR_EMAIL:-confcal@localhost}" \
      commit --quiet -m "confcal: ledger of what was published [skip ci]" -- "$state"
    if [ -n "$(git remote)" ]; then
      branch=$(git rev-parse --abbrev-ref HEAD)
      # a push made while this ran: the ledger is only ever changed here, so the rebase cannot conflict on it
      git pull --quiet --rebase origin "$branch" && git push --quiet origin "HEAD:$branch"
    fi
    echo "publish.sh: committed the ledger ($state)"
  fi
fi
