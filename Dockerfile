# Kompetansebanken: production image. Same steps as the README: install, collectstatic,
# gunicorn behind a proxy; migrations and set-up commands run as a release step.

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml ./
RUN python -m venv /venv \
    && /venv/bin/pip install --upgrade "pip>=24"
COPY . .
RUN /venv/bin/pip install .

FROM python:3.11-slim-bookworm AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH="/venv/bin:$PATH" \
    DJANGO_SETTINGS_MODULE=kb_site.settings.production \
    PORT=8000
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        apertium apertium-nno-nob gettext \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 10001 kb
WORKDIR /app
COPY --from=build /venv /venv
COPY --chown=kb:kb . .
# collectstatic needs settings but no secrets or database: give it throwaway values.
RUN DJANGO_SECRET_KEY=collectstatic-only-throwaway-key-never-used-to-serve-requests \
    WAGTAILADMIN_BASE_URL=http://build.invalid DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    python manage.py collectstatic --no-input \
    && python manage.py compilemessages --ignore=.venv \
    && rm -f /tmp/build.sqlite3
USER 10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'), timeout=4)"]
CMD ["gunicorn", "kb_site.wsgi:application", "--config", "kb_site/gunicorn.conf.py"]
