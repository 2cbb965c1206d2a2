"""Import a WordPress site from its export file (WXR): see docs/how-to/import-from-wordpress.md.

``wxr`` reads the file (streaming, safe), ``content`` turns post HTML into story blocks,
``mapping`` reads the categories-and-tags mapping file, ``media`` brings in attachments,
``posts`` writes one post as an article and ``importer`` runs the passes.
"""
