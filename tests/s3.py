"""A real S3 HTTP API on loopback (moto's ThreadedMotoServer) for tests and the bench.

Nothing in boto3 is patched: django-storages talks HTTP to the server, and the storage options
are the ones kb_site/settings/base.py builds when AWS_STORAGE_BUCKET_NAME is set (the settings
module is run with the server's endpoint in the environment).

    server = S3Server()                     # starts on 127.0.0.1, a free port, one bucket
    with override_settings(STORAGES=server.storages()):
        ...
    server.stop()                           # the store becomes unreachable
    server.restart()                        # same port, same objects again
"""

import logging
import os
import runpy
import uuid
from pathlib import Path
from unittest import mock

from django.conf import settings

import boto3
from botocore.config import Config
from moto.server import ThreadedMotoServer

REGION = "eu-north-1"
ACCESS_KEY = "kb-test-access"
SECRET_KEY = "kb-test-secret"
BASE_SETTINGS = Path(__file__).resolve().parent.parent / "kb_site" / "settings" / "base.py"


class S3Server:
    """One moto S3 server on loopback with one private bucket."""

    def __init__(self, bucket=None):
        self.bucket = bucket or f"kb-test-{uuid.uuid4().hex[:12]}"
        self.port = 0
        self.server = None
        self.start()
        self.client = boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name=REGION,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            config=Config(retries={"max_attempts": 1}, s3={"addressing_style": "path"}),
        )
        self.client.create_bucket(
            Bucket=self.bucket, CreateBucketConfiguration={"LocationConstraint": REGION}
        )
        self.client.put_public_access_block(
            Bucket=self.bucket,
            PublicAccessBlockConfiguration={
                "BlockPublicAcls": True,
                "IgnorePublicAcls": True,
                "BlockPublicPolicy": True,
                "RestrictPublicBuckets": True,
            },
        )

    def start(self):
        # The server's request log would fill the test output.
        logging.getLogger("werkzeug").setLevel(logging.ERROR)
        self.server = ThreadedMotoServer(ip_address="127.0.0.1", port=self.port, verbose=False)
        self.server.start()
        host, self.port = self.server.get_host_and_port()
        self.endpoint = f"http://{host}:{self.port}"

    def stop(self):
        if self.server is not None:
            self.server.stop()
            self.server = None

    def restart(self):
        """The same port again; moto keeps the objects in this process."""
        self.stop()
        self.start()

    def environment(self):
        return {
            "AWS_STORAGE_BUCKET_NAME": self.bucket,
            "AWS_S3_ENDPOINT_URL": self.endpoint,
            "AWS_S3_REGION_NAME": REGION,
            "AWS_ACCESS_KEY_ID": ACCESS_KEY,
            "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
        }

    def settings_module(self):
        """kb_site/settings/base.py as it runs with this server in the environment."""
        with mock.patch.dict(os.environ, self.environment()):
            return runpy.run_path(str(BASE_SETTINGS))

    def storages(self):
        """STORAGES for override_settings: the project's S3 settings pointed at this server."""
        built = self.settings_module()["STORAGES"]
        return {"default": built["default"], "staticfiles": settings.STORAGES["staticfiles"]}

    def keys(self, prefix=""):
        pages = self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=prefix
        )
        return sorted(item["Key"] for page in pages for item in page.get("Contents", ()))

    def head(self, key):
        return self.client.head_object(Bucket=self.bucket, Key=key)

    def get(self, key):
        return self.client.get_object(Bucket=self.bucket, Key=key)["Body"].read()

    def clear(self):
        for key in self.keys():
            self.client.delete_object(Bucket=self.bucket, Key=key)
