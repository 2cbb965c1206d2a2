"""Loaded with ``-p tests.scaleout.plugin`` by the scale-out run: every test there, in
tests/scaleout and in the chosen existing suites, stores media in an empty bucket of its own
xdist worker on the S3-compatible server."""

import json
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from django.conf import settings
from django.core.cache import cache


def bucket_client() -> "boto3.client":
    options = settings.STORAGES["default"]["OPTIONS"]
    return boto3.client(
        "s3",
        endpoint_url=options["endpoint_url"],
        region_name=options["region_name"],
        aws_access_key_id=options["access_key"],
        aws_secret_access_key=options["secret_key"],
    )


def public_read_policy(bucket: str) -> dict[str, Any]:
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{bucket}/*",
            }
        ],
    }


@pytest.fixture(scope="session", autouse=True)
def media_bucket() -> Iterator[str]:
    client = bucket_client()
    name = settings.S3_BUCKET
    client.create_bucket(Bucket=name)
    # Readers load media straight from the bucket, as docs/how-to/scale-out.md sets it up.
    client.put_bucket_policy(Bucket=name, Policy=json.dumps(public_read_policy(name)))
    yield name
    objects = client.list_objects_v2(Bucket=name).get("Contents", [])
    for item in objects:
        client.delete_object(Bucket=name, Key=item["Key"])
    client.delete_bucket(Bucket=name)


@pytest.fixture(autouse=True)
def empty_cache() -> None:
    """Each test starts with an empty Redis cache, as each starts with an empty database.

    Wagtail caches renditions by image id; ids come back after a rollback, and a rendition
    cached by an earlier test would name a file that test's bucket cleanup removed.
    """
    cache.clear()
