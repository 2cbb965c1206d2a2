"""What an operator sees when turning on the scale-out settings (docs/how-to/scale-out.md)."""

from django.core.exceptions import ImproperlyConfigured
from django.test import SimpleTestCase

from masthead.core.storage import MediaStorage
from masthead.settings.builders import require_group, s3_storage


class ScaleOutSettingsTests(SimpleTestCase):
    def test_a_variable_without_its_dependency_group_names_the_install_command(self) -> None:
        with self.assertRaisesMessage(
            ImproperlyConfigured,
            "MASTHEAD_S3_BUCKET is set but masthead_no_such_package is not installed: "
            "pip install -e . --group s3",
        ):
            require_group("MASTHEAD_S3_BUCKET", "s3", "masthead_no_such_package")
        require_group("MASTHEAD_REDIS_URL", "redis", "redis")  # installed: no error

    def test_media_urls_name_the_cdn_host_unsigned(self) -> None:
        config = s3_storage(
            "newsroom-media",
            region="eu-central-1",
            access_key="key",
            secret_key="secret",
            custom_domain="media.news.example",
            location="courier",
        )
        storage = MediaStorage(**config["OPTIONS"])
        self.assertEqual(
            storage.url("images/harbour.width-600.jpg"),
            "https://media.news.example/courier/images/harbour.width-600.jpg",
        )

    def test_a_self_hosted_server_is_addressed_by_path(self) -> None:
        config = s3_storage(
            "newsroom-media",
            endpoint_url="http://s3.internal:9000",
            access_key="key",
            secret_key="secret",
        )
        storage = MediaStorage(**config["OPTIONS"])
        self.assertEqual(
            storage.url("original_images/harbour.jpg"),
            "http://s3.internal:9000/newsroom-media/original_images/harbour.jpg",
        )
